package cloud.citizen.notifications.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import cloud.citizen.notifications.domain.DeliveryLedger;

/**
 * NotificationsTable (key pk only, TTL on ttl):
 * <pre>
 *   pk = DELIVERY#{eventId}   state SENDING|DELIVERED, lockedUntil, ttl
 * </pre>
 * One conditional put per message: only one consumer can claim an event; a claim whose sender
 * died (lockedUntil passed) can be taken over. Records live longer than the queue's retention.
 */
@ApplicationScoped
public class DynamoDeliveryLedger implements DeliveryLedger {
    private static final Duration LOCK = Duration.ofSeconds(60);
    private static final Duration RETENTION = Duration.ofDays(15);

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDeliveryLedger(DynamoDbClient dynamo, @ConfigProperty(name = "citizen.notifications.table") String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean claim(String eventId) {
        long now = Instant.now().getEpochSecond();
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
        dynamo.updateItem(update -> update.tableName(table).key(Map.of("pk", s("DELIVERY#" + eventId)))
                .updateExpression("SET #state = :delivered").expressionAttributeNames(Map.of("#state", "state"))
                .expressionAttributeValues(Map.of(":delivered", s("DELIVERED"))));
    }

    @Override
    public void release(String eventId) {
        dynamo.deleteItem(delete -> delete.tableName(table).key(Map.of("pk", s("DELIVERY#" + eventId))));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
