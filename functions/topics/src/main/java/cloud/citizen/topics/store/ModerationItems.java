package cloud.citizen.topics.store;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.s;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.topics.domain.ModerationRecord;
import cloud.citizen.topics.domain.StatusChange;

/** The pieces every moderation transaction shares: the audit record and the topic's published count. */
public final class ModerationItems {
    private final String table;

    public ModerationItems(String table) {
        this.table = table;
    }

    TransactWriteItem audit(ModerationRecord record) {
        Map<String, AttributeValue> item = new HashMap<>(Attributes.key(TopicsTable.postPartition(record.postId()),
                "MOD#" + TopicsTable.timeOrdered(record.at().toEpochMilli(), UUID.randomUUID().toString())));
        item.put("action", s(record.action().name()));
        item.put("actorId", s(record.actorId()));
        item.put("note", s(record.note()));
        item.put("from", s(record.from().name()));
        item.put("to", s(record.to().name()));
        item.put("at", n(record.at().toEpochMilli()));
        return TransactWriteItem.builder().put(put -> put.tableName(table).item(item)).build();
    }

    /** Moves the topic's count of published posts by the change's delta (a no-op check when zero). */
    TransactWriteItem topicCount(String topicId, StatusChange change) {
        return TransactWriteItem.builder().update(update -> update.tableName(table).key(TopicsTable.topicKey(topicId))
                .updateExpression("ADD postCount :delta").conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":delta", n(change.publishedDelta())))).build();
    }
}
