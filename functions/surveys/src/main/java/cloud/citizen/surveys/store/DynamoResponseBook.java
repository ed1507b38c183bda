package cloud.citizen.surveys.store;

import static cloud.citizen.platform.aws.Attributes.s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.platform.aws.TransactionFailures;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.outbox.OutboxEvent;
import cloud.citizen.surveys.domain.AlreadyRespondedException;
import cloud.citizen.surveys.domain.Submission;
import cloud.citizen.surveys.domain.Survey;
import cloud.citizen.surveys.domain.SurveyFullException;
import cloud.citizen.surveys.service.ResponseBook;

/**
 * One response = one transaction (see {@link SurveysTable}):
 * <ol start="0">
 * <li>the respondent marker, put only if absent: one response per person;</li>
 * <li>the response;</li>
 * <li>one tally shard, counters ADDed (see {@link TallyUpdate} for the extremes' condition);</li>
 * <li>with maxResponses: the LIMIT counter, ADDed only while below the limit, so the limit is exact
 *     under any concurrency;</li>
 * <li>the usage event for stats, in the outbox.</li>
 * </ol>
 * A cancelled transaction wrote nothing. Conflicts with concurrent transactions on the same items,
 * and extremes moved by another response, are retried with jittered backoff.
 */
public final class DynamoResponseBook implements ResponseBook {
    private static final int GUARD = 0;
    private static final int TALLY = 2;
    private static final int LIMIT = 3;
    private static final int ATTEMPTS = 30;

    private final DynamoDbClient dynamo;
    private final String table;
    private final Outbox outbox;

    public DynamoResponseBook(DynamoDbClient dynamo, String table, Outbox outbox) {
        this.dynamo = dynamo;
        this.table = table;
        this.outbox = outbox;
    }

    @Override
    public void record(Survey survey, Submission submission, Optional<OutboxEvent> usage) {
        for (int attempt = 1;; attempt++) {
            int shard = ThreadLocalRandom.current().nextInt(SurveysTable.TALLY_SHARDS);
            try {
                dynamo.transactWriteItems(t -> t.transactItems(writes(survey, submission, usage, shard)));
                usage.ifPresent(outbox::deliver);
                return;
            } catch (TransactionCanceledException e) {
                if (TransactionFailures.conditionFailed(e, GUARD)) {
                    throw new AlreadyRespondedException();
                }
                if (survey.responseLimit().isPresent() && TransactionFailures.conditionFailed(e, LIMIT)) {
                    throw new SurveyFullException();
                }
                boolean retryable = TransactionFailures.conflicted(e) || TransactionFailures.conditionFailed(e, TALLY);
                if (!retryable || attempt >= ATTEMPTS) {
                    throw e;
                }
                backOff(attempt);
            }
        }
    }

    private List<TransactWriteItem> writes(Survey survey, Submission submission, Optional<OutboxEvent> usage, int shard) {
        String surveyId = survey.surveyId();
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(put -> put.tableName(table)
                .item(SurveysTable.respondent(surveyId, submission.respondent()))
                .conditionExpression("attribute_not_exists(pk)")).build());
        writes.add(TransactWriteItem.builder().put(put -> put.tableName(table).item(responseItem(submission))).build());
        Map<String, AttributeValue> tallyKey = SurveysTable.tally(surveyId, shard);
        writes.add(TransactWriteItem.builder()
                .update(TallyUpdate.of(table, tallyKey, submission.tally(), extremesNow(tallyKey, submission))).build());
        survey.responseLimit().ifPresent(max -> writes.add(TransactWriteItem.builder().update(update -> update
                .tableName(table).key(SurveysTable.limit(surveyId)).updateExpression("ADD taken :one")
                // the limit holds exactly: the counter moves only while below it
                .conditionExpression("taken < :max")
                .expressionAttributeValues(Map.of(":one", Attributes.n(1), ":max", Attributes.n(max)))).build()));
        usage.ifPresent(event -> writes.add(outbox.record(event)));
        return writes;
    }

    private Map<String, AttributeValue> responseItem(Submission submission) {
        Map<String, AttributeValue> item = new HashMap<>(SurveysTable.response(submission.surveyId(),
                submission.responseId()));
        item.put("responseId", s(submission.responseId()));
        item.put("submittedAt", s(submission.submittedAt().toString()));
        item.put("answers", s(SurveyJson.answers(submission.answers())));
        // anonymous surveys: no user id, and nothing that leads to one (the marker lives in its own item)
        submission.userId().ifPresent(userId -> item.put("userId", s(userId)));
        return item;
    }

    /** Reads the shard's extremes only when this response has numbers that could move them. */
    private Map<String, AttributeValue> extremesNow(Map<String, AttributeValue> tallyKey, Submission submission) {
        List<String> attributes = TallyUpdate.extremesOf(submission.tally());
        if (attributes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < attributes.size(); i++) {
            names.put("#e" + i, attributes.get(i));
        }
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table).key(tallyKey).consistentRead(true)
                .projectionExpression(String.join(", ", names.keySet())).expressionAttributeNames(names)).item();
        return item == null ? Map.of() : item;
    }

    private static void backOff(int attempt) {
        long ceiling = Math.min(200, 5L << Math.min(attempt, 6));
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextLong(1, ceiling + 1)));
    }
}
