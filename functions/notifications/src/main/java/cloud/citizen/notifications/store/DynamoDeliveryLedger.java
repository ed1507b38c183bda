package cloud.citizen.notifications.store;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.s;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import cloud.citizen.notifications.service.DeliveryLedger;

/**
 * Delivery records ({@code DELIVERY#{eventId}}, see {@link NotificationsTable}). One conditional put
 * per message: only one consumer can claim an event; a claim whose sender died (lockedUntil passed)
 * can be taken over.
 */
public class DynamoDeliveryLedger implements DeliveryLedger {
    private static final Duration LOCK = Duration.ofSeconds(60);
    private static final Duration RETENTION = Duration.ofDays(15);

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    public DynamoDeliveryLedger(DynamoDbClient dynamo, NotificationsTable table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table.name();
        this.clock = clock;
    }

    @Override
    public boolean claim(String eventId) {
        long now = clock.instant().getEpochSecond();
        try {
            dynamo.putItem(put -> put.tableName(table)
                    .item(Map.of("pk", s("DELIVERY#" + eventId), "state", s("SENDING"),
                            "lockedUntil", n(now + LOCK.toSeconds()), "ttl", n(now + RETENTION.toSeconds())))
                    .conditionExpression("attribute_not_exists(pk) OR (#state = :sending AND lockedUntil < :now)")
                    .expressionAttributeNames(Map.of("#state", "state"))
                    .expressionAttributeValues(Map.of(":sending", s("SENDING"), ":now", n(now))));
            return true;
        } catch (ConditionalCheckFailedException alreadyClaimed) {
            return false;
        }
    }

    @Override
    public void delivered(String eventId) {
        dynamo.updateItem(update -> update.tableName(table).key(key(eventId))
                .updateExpression("SET #state = :delivered").expressionAttributeNames(Map.of("#state", "state"))
                .expressionAttributeValues(Map.of(":delivered", s("DELIVERED"))));
    }

    @Override
    public void release(String eventId) {
        dynamo.deleteItem(delete -> delete.tableName(table).key(key(eventId)));
    }

    private static Map<String, AttributeValue> key(String eventId) {
        return Map.of("pk", s("DELIVERY#" + eventId));
    }
}
