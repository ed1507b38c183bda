package cloud.citizen.accounts.store;

import static cloud.citizen.platform.aws.Attributes.n;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * A counter item that never passes its bound: taking a unit is one conditional ADD, so of any
 * number of concurrent takers exactly {@code max} succeed. The window is part of the item's key
 * (a day, an hour), and the item expires with it.
 */
final class DynamoBoundedCounter {
    private final DynamoDbClient dynamo;
    private final String table;

    DynamoBoundedCounter(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** @return whether a unit was taken (false: the counter is at {@code max}) */
    boolean take(Map<String, AttributeValue> key, int max, long ttlEpochSeconds) {
        try {
            dynamo.updateItem(update -> update.tableName(table).key(key)
                    .updateExpression("ADD used :one SET #ttl = :ttl")
                    .conditionExpression("attribute_not_exists(used) OR used < :max")
                    .expressionAttributeNames(Map.of("#ttl", "ttl"))
                    .expressionAttributeValues(Map.of(":one", n(1), ":max", n(max), ":ttl", n(ttlEpochSeconds))));
            return true;
        } catch (ConditionalCheckFailedException atTheBound) {
            return false;
        }
    }

    /** Returns one unit taken earlier (never below zero). */
    void giveBack(Map<String, AttributeValue> key) {
        try {
            dynamo.updateItem(update -> update.tableName(table).key(key)
                    .updateExpression("ADD used :minusOne")
                    .conditionExpression("used > :zero")
                    .expressionAttributeValues(Map.of(":minusOne", n(-1), ":zero", n(0))));
        } catch (ConditionalCheckFailedException nothingTaken) {
            // the window has expired and gone: nothing to give back
        }
    }
}
