package cloud.citizen.topics.store;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.s;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import cloud.citizen.platform.aws.TransactionFailures;
import cloud.citizen.topics.domain.HotScore;
import cloud.citizen.topics.domain.ModerationRecord;
import cloud.citizen.topics.domain.PostNotFoundException;
import cloud.citizen.topics.domain.StatusChange;
import cloud.citizen.topics.service.Reactions;

/**
 * Likes and reports (key design in {@link TopicsTable}). Each is an item per citizen and post,
 * written with the post's counter in one transaction: the item's existence condition makes a second
 * like or report a no-op, and the counter can never drift from the number of items.
 */
public final class DynamoReactions implements Reactions {
    private final DynamoDbClient dynamo;
    private final String table;
    private final ModerationItems moderation;
    private final Clock clock;
    private final ListedTopics listed;

    public DynamoReactions(DynamoDbClient dynamo, String table, ModerationItems moderation, Clock clock,
            ListedTopics listed) {
        this.dynamo = dynamo;
        this.table = table;
        this.moderation = moderation;
        this.clock = clock;
        this.listed = listed;
    }

    @Override
    public boolean like(String postId, String userId) {
        Map<String, AttributeValue> like = new HashMap<>(TopicsTable.likeKey(postId, userId));
        like.put("likedAt", n(clock.millis()));
        return counted(TransactWriteItem.builder().put(put -> put.tableName(table).item(like)
                .conditionExpression("attribute_not_exists(pk)")).build(),
                counter(postId, "likeCount", 1, HotScore.LIKE));
    }

    @Override
    public boolean unlike(String postId, String userId) {
        return counted(TransactWriteItem.builder().delete(delete -> delete.tableName(table)
                .key(TopicsTable.likeKey(postId, userId)).conditionExpression("attribute_exists(pk)")).build(),
                counter(postId, "likeCount", -1, -HotScore.LIKE));
    }

    @Override
    public boolean report(String postId, String userId, String reason) {
        Map<String, AttributeValue> report = new HashMap<>(TopicsTable.reportKey(postId, userId));
        report.put("reason", s(reason));
        report.put("reportedAt", n(clock.millis()));
        return counted(TransactWriteItem.builder().put(put -> put.tableName(table).item(report)
                .conditionExpression("attribute_not_exists(pk)")).build(),
                counter(postId, "reportCount", 1, 0));
    }

    @Override
    public boolean hideIfReported(String postId, String topicId, int threshold, ModerationRecord record) {
        TransactWriteItem hide = TransactWriteItem.builder().update(update -> update.tableName(table)
                .key(TopicsTable.postKey(postId)).updateExpression("SET #status = :hidden")
                // only a published post that reached the threshold; a restored post starts counting again
                .conditionExpression("#status = :published AND reportCount >= :threshold")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":hidden", s("HIDDEN"), ":published", s("PUBLISHED"),
                        ":threshold", n(threshold)))).build();
        try {
            Transactions.write(dynamo, List.of(hide, moderation.topicCount(topicId, StatusChange.hiddenByReports()),
                    moderation.audit(record)));
            listed.changed();
            return true;
        } catch (TransactionCanceledException e) {
            if (TransactionFailures.conditionFailed(e, 0)) {
                return false;
            }
            throw e;
        }
    }

    /** The reaction item and its counter together; false when the item's condition says "already so". */
    private boolean counted(TransactWriteItem reaction, TransactWriteItem counter) {
        try {
            Transactions.write(dynamo, List.of(reaction, counter));
            return true;
        } catch (TransactionCanceledException e) {
            if (TransactionFailures.conditionFailed(e, 1)) {
                throw new PostNotFoundException();
            }
            if (TransactionFailures.conditionFailed(e, 0)) {
                return false;
            }
            throw e;
        }
    }

    private TransactWriteItem counter(String postId, String counter, long delta, long hotDelta) {
        return TransactWriteItem.builder().update(update -> update.tableName(table).key(TopicsTable.postKey(postId))
                .updateExpression("ADD #counter :delta, #hot :hot").conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(Map.of("#counter", counter, "#hot", TopicsTable.HOT_SK))
                .expressionAttributeValues(Map.of(":delta", n(delta), ":hot", n(hotDelta)))).build();
    }
}
