package cloud.citizen.votes.store;

import static cloud.citizen.platform.aws.Attributes.s;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.votes.domain.Election;
import cloud.citizen.votes.events.VotesMessages;
import cloud.citizen.votes.service.OwnerNotices;

/**
 * Opening notices as user-messages on the notifications queue, ten per SQS batch. The event id is
 * derived from election and owner, so a notice sent twice (a retry after a partial failure) is
 * dropped by the notifications consumer. The pending marker is written by the opening transaction.
 */
public final class QueuedOwnerNotices implements OwnerNotices {
    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DynamoDbClient dynamo;
    private final Supplier<SqsClient> sqs;
    private final String table;
    private final Optional<String> notificationsQueueUrl;

    public QueuedOwnerNotices(DynamoDbClient dynamo, Supplier<SqsClient> sqs, String table, Optional<String> notificationsQueueUrl) {
        this.dynamo = dynamo;
        this.sqs = sqs;
        this.table = table;
        this.notificationsQueueUrl = notificationsQueueUrl;
    }

    @Override
    public List<String> pending() {
        return dynamo.query(q -> q.tableName(table).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s("NOTICES#PENDING"))).consistentRead(true))
                .items().stream().map(item -> Attributes.text(item, "sk")).toList();
    }

    @Override
    public void send(Election election, Set<String> owners) {
        String queue = notificationsQueueUrl.orElseThrow(() -> new IllegalStateException("NOTIFICATIONS_QUEUE_URL is not set"));
        String text = "业主表决已开始：" + election.title() + "，截止 " + WHEN.format(election.closesAt().atZone(CITY))
                + "。Voting is open until then.";
        List<String> all = new ArrayList<>(owners);
        for (int from = 0; from < all.size(); from += 10) {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            for (String userId : all.subList(from, Math.min(all.size(), from + 10))) {
                String eventId = "votes-opened-" + election.electionId() + "-" + userId;
                entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(entries.size()))
                        .messageBody(VotesMessages.userMessage(eventId, userId, text)).build());
            }
            SendMessageBatchResponse response = sqs.get().sendMessageBatch(b -> b.queueUrl(queue).entries(entries));
            if (response.hasFailed() && !response.failed().isEmpty()) {
                throw new IllegalStateException(response.failed().size() + " opening notices were not queued");
            }
        }
    }

    @Override
    public void done(String electionId) {
        dynamo.deleteItem(d -> d.tableName(table).key(VotesTable.pendingNotice(electionId)));
    }
}
