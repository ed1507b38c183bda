package cloud.citizen.topics.store;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.s;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import cloud.citizen.platform.aws.TransactionFailures;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.outbox.OutboxEvent;
import cloud.citizen.topics.domain.ModerationAction;
import cloud.citizen.topics.domain.ModerationRecord;
import cloud.citizen.topics.domain.Post;
import cloud.citizen.topics.domain.PostStatus;
import cloud.citizen.topics.domain.StatusChange;
import cloud.citizen.topics.service.ModerationLog;

/**
 * Moderators' decisions (key design in {@link TopicsTable}): the post's new status, the topic's
 * published count, the audit record and an adopted author's notification, in one transaction that
 * holds only if the post is still in the status the decision was made on.
 */
public final class DynamoModerationLog implements ModerationLog {
    private final DynamoDbClient dynamo;
    private final String table;
    private final ModerationItems moderation;
    private final Outbox outbox;
    private final Clock clock;
    private final ListedTopics listed;

    public DynamoModerationLog(DynamoDbClient dynamo, String table, ModerationItems moderation, Outbox outbox,
            Clock clock, ListedTopics listed) {
        this.dynamo = dynamo;
        this.table = table;
        this.moderation = moderation;
        this.outbox = outbox;
        this.clock = clock;
        this.listed = listed;
    }

    @Override
    public boolean apply(Post post, StatusChange change, ModerationRecord record, Optional<OutboxEvent> adoption) {
        boolean adopting = record.action() == ModerationAction.ADOPT && !post.adopted();
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(postUpdate(post, change, adopting));
        items.add(moderation.audit(record));
        if (change.publishedDelta() != 0) {
            items.add(moderation.topicCount(post.topicId(), change));
        }
        adoption.ifPresent(event -> items.add(outbox.record(event)));
        try {
            Transactions.write(dynamo, items);
        } catch (TransactionCanceledException e) {
            if (TransactionFailures.conditionFailed(e, 0)) {
                return false;
            }
            throw e;
        }
        listed.changed();
        adoption.ifPresent(outbox::deliver);
        return true;
    }

    private TransactWriteItem postUpdate(Post post, StatusChange change, boolean adopting) {
        Map<String, String> names = new HashMap<>(Map.of("#status", "status"));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":to", s(change.to().name()),
                ":from", s(change.from().name())));
        StringBuilder update = new StringBuilder("SET #status = :to");
        String condition = "#status = :from";
        if (change.to() == PostStatus.PUBLISHED && change.changes()) {
            update.append(", reportCount = :zero"); // a restored post needs a fresh set of reports to hide again
            values.put(":zero", n(0));
        }
        if (adopting) {
            update.append(", adoptedAt = :now");
            values.put(":now", n(clock.millis()));
            condition += " AND attribute_not_exists(adoptedAt)"; // the author hears of it once
        }
        String expression = update.toString();
        String check = condition;
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(TopicsTable.postKey(post.postId()))
                .updateExpression(expression).conditionExpression(check).expressionAttributeNames(names)
                .expressionAttributeValues(values)).build();
    }
}
