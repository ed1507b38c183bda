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
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

import cloud.citizen.accounts.domain.FailureWindow;
import cloud.citizen.accounts.domain.LockoutState;
import cloud.citizen.accounts.domain.LoginLockout;
import cloud.citizen.accounts.service.LoginAttemptStore;

/**
 * Login attempts per phone in a fixed window (see {@link AccountsTable}). An attempt is reserved
 * with one conditional ADD bounded by {@link LoginLockout#MAX_FAILURES}, so of any number of
 * concurrent attempts exactly the first five are checked.
 */
public class DynamoLoginAttemptStore implements LoginAttemptStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoLoginAttemptStore(DynamoDbClient dynamo, AccountsTable table) {
        this.dynamo = dynamo;
        this.table = table.name();
    }

    @Override
    public LockoutState reserveAttempt(String phoneKey, Instant now) {
        long cutoff = now.minus(LoginLockout.WINDOW).getEpochSecond();
        long ttl = now.plus(LoginLockout.WINDOW).getEpochSecond() + 60;
        try {
            dynamo.updateItem(update -> update.tableName(table).key(itemKey(phoneKey))
                    .updateExpression("ADD failures :one SET #ttl = :ttl")
                    .conditionExpression("windowStart > :cutoff AND failures < :max")
                    .expressionAttributeNames(Map.of("#ttl", "ttl"))
                    .expressionAttributeValues(Map.of(":one", n(1), ":cutoff", n(cutoff), ":ttl", n(ttl),
                            ":max", n(LoginLockout.MAX_FAILURES)))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
            return new LockoutState.Open();
        } catch (ConditionalCheckFailedException refused) {
            Map<String, AttributeValue> old = refused.item();
            if (!isEmpty(old) && number(old, "windowStart") > cutoff) {
                return LoginLockout.stateOf(new FailureWindow(Instant.ofEpochSecond(number(old, "windowStart")),
                        (int) number(old, "failures")), now);
            }
            return openWindow(phoneKey, now, cutoff, ttl);
        }
    }

    /** No window or an ended one: this attempt starts a new window, unless a concurrent one just did. */
    private LockoutState openWindow(String phoneKey, Instant now, long cutoff, long ttl) {
        try {
            dynamo.updateItem(update -> update.tableName(table).key(itemKey(phoneKey))
                    .updateExpression("SET windowStart = :now, failures = :one, #ttl = :ttl")
                    .conditionExpression("attribute_not_exists(windowStart) OR windowStart <= :cutoff")
                    .expressionAttributeNames(Map.of("#ttl", "ttl"))
                    .expressionAttributeValues(Map.of(":now", n(now.getEpochSecond()), ":one", n(1),
                            ":cutoff", n(cutoff), ":ttl", n(ttl))));
            return new LockoutState.Open();
        } catch (ConditionalCheckFailedException openedMeanwhile) {
            return reserveAttempt(phoneKey, now);
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
