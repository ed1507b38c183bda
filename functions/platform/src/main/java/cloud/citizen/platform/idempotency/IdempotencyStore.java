package cloud.citizen.platform.idempotency;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.s;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

import cloud.citizen.platform.aws.Attributes;

/**
 * Idempotency records in the function's own table (IDEMPOTENCY_TABLE, keys pk/sk):
 * <pre>
 *   pk = IDEMPOTENCY#{scope}#{key}   sk = IDEMPOTENCY
 *   state IN_PROGRESS|COMPLETED, fingerprint, lockedUntil, status, contentType, location, body, ttl (+24 h)
 * </pre>
 * The claim is one conditional put, so two concurrent duplicates can never both run. A claim
 * whose request died (no completion within the lock time) may be taken over.
 */
@ApplicationScoped
public class IdempotencyStore {
    static final Duration RETENTION = Duration.ofHours(24);
    static final Duration LOCK = Duration.ofSeconds(30);

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    @Inject
    public IdempotencyStore(DynamoDbClient dynamo, @ConfigProperty(name = "citizen.idempotency.table") String table) {
        this(dynamo, table, Clock.systemUTC());
    }

    IdempotencyStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    public IdempotencyClaim claim(String scope, String key, String fingerprint) {
        long now = clock.instant().getEpochSecond();
        Map<String, AttributeValue> item = new HashMap<>(key(scope, key));
        item.put("state", s("IN_PROGRESS"));
        item.put("fingerprint", s(fingerprint));
        item.put("lockedUntil", n(now + LOCK.toSeconds()));
        item.put("ttl", n(now + RETENTION.toSeconds()));
        try {
            dynamo.putItem(put -> put.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(pk) OR (#state = :inProgress AND lockedUntil < :now)"
                            + " OR #ttl < :now")
                    .expressionAttributeNames(Map.of("#state", "state", "#ttl", "ttl"))
                    .expressionAttributeValues(Map.of(":inProgress", s("IN_PROGRESS"), ":now", n(now)))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return new IdempotencyClaim.Claimed();
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> old = e.hasItem() ? e.item()
                    : dynamo.getItem(get -> get.tableName(table).key(key(scope, key)).consistentRead(true)).item();
            if (old == null || old.isEmpty()) { // expired and swept between our put and read: try once more
                return claim(scope, key, fingerprint);
            }
            return existing(old, fingerprint);
        }
    }

    private static IdempotencyClaim existing(Map<String, AttributeValue> item, String fingerprint) {
        if (!fingerprint.equals(item.get("fingerprint").s())) {
            return new IdempotencyClaim.Mismatch();
        }
        if (!"COMPLETED".equals(item.get("state").s())) {
            return new IdempotencyClaim.InProgress();
        }
        return new IdempotencyClaim.Replay(new StoredResponse(Integer.parseInt(item.get("status").n()),
                text(item, "contentType"), text(item, "location"), text(item, "body")));
    }

    public void complete(String scope, String key, StoredResponse response) {
        Map<String, String> names = Map.of("#state", "state", "#status", "status", "#body", "body");
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":completed", s("COMPLETED"));
        values.put(":status", n(response.status()));
        values.put(":body", s(response.body() == null ? "" : response.body()));
        values.put(":contentType", s(response.contentType() == null ? "" : response.contentType()));
        values.put(":location", s(response.location() == null ? "" : response.location()));
        dynamo.updateItem(update -> update.tableName(table).key(key(scope, key))
                .updateExpression("SET #state = :completed, #status = :status, #body = :body,"
                        + " contentType = :contentType, #location = :location")
                .expressionAttributeNames(withLocation(names)).expressionAttributeValues(values));
    }

    /** Forgets a claim whose request failed on our side, so that a retry can run it again. */
    public void release(String scope, String key) {
        dynamo.deleteItem(delete -> delete.tableName(table).key(key(scope, key)));
    }

    private static Map<String, String> withLocation(Map<String, String> names) {
        Map<String, String> all = new HashMap<>(names);
        all.put("#location", "location");
        return all;
    }

    private static Map<String, AttributeValue> key(String scope, String key) {
        return Attributes.key("IDEMPOTENCY#" + scope + "#" + key, "IDEMPOTENCY");
    }

    /** Empty strings were stored for absent parts of a response. */
    private static String text(Map<String, AttributeValue> item, String name) {
        String value = Attributes.text(item, name);
        return value == null || value.isEmpty() ? null : value;
    }
}
