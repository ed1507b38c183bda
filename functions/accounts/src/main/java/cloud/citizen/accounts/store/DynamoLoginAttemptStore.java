package cloud.citizen.accounts.store;

import static cloud.citizen.platform.aws.Attributes.isEmpty;
import static cloud.citizen.platform.aws.Attributes.key;
import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.number;

import java.time.Instant;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import cloud.citizen.accounts.domain.FailureWindow;
import cloud.citizen.accounts.domain.LoginLockout;
import cloud.citizen.accounts.service.LoginAttemptStore;

/** Failed logins per phone in a fixed window (see {@link AccountsTable}); counted with ADD, so none is lost. */
public class DynamoLoginAttemptStore implements LoginAttemptStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoLoginAttemptStore(DynamoDbClient dynamo, AccountsTable table) {
        this.dynamo = dynamo;
        this.table = table.name();
    }

    @Override
    public FailureWindow failures(String phoneKey) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table).key(itemKey(phoneKey))
                .consistentRead(true)).item();
        if (isEmpty(item)) {
            return FailureWindow.NONE;
        }
        return new FailureWindow(Instant.ofEpochSecond(number(item, "windowStart")), (int) number(item, "failures"));
    }

    @Override
    public void recordFailure(String phoneKey, Instant now) {
        long cutoff = now.minus(LoginLockout.WINDOW).getEpochSecond();
        long ttl = now.plus(LoginLockout.WINDOW).getEpochSecond() + 60;
        try {
            dynamo.updateItem(update -> update.tableName(table).key(itemKey(phoneKey))
                    .updateExpression("ADD failures :one SET #ttl = :ttl")
                    .conditionExpression("windowStart > :cutoff")
                    .expressionAttributeNames(Map.of("#ttl", "ttl"))
                    .expressionAttributeValues(Map.of(":one", n(1), ":cutoff", n(cutoff), ":ttl", n(ttl))));
        } catch (ConditionalCheckFailedException noOpenWindow) {
            try {
                dynamo.updateItem(update -> update.tableName(table).key(itemKey(phoneKey))
                        .updateExpression("SET windowStart = :now, failures = :one, #ttl = :ttl")
                        .conditionExpression("attribute_not_exists(windowStart) OR windowStart <= :cutoff")
                        .expressionAttributeNames(Map.of("#ttl", "ttl"))
                        .expressionAttributeValues(Map.of(":now", n(now.getEpochSecond()), ":one", n(1),
                                ":cutoff", n(cutoff), ":ttl", n(ttl))));
            } catch (ConditionalCheckFailedException openedMeanwhile) {
                recordFailure(phoneKey, now);
            }
        }
    }

    @Override
    public void clear(String phoneKey) {
        dynamo.deleteItem(delete -> delete.tableName(table).key(itemKey(phoneKey)));
    }

    private static Map<String, AttributeValue> itemKey(String phoneKey) {
        return key("LOGIN#" + phoneKey, "FAILURES");
    }
}
