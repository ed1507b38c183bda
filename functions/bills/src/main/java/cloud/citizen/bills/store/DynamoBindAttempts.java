package cloud.citizen.bills.store;

import static cloud.citizen.platform.aws.Attributes.n;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import cloud.citizen.bills.service.BindAttempts;

/** A citizen's failed binds of a day: one counter item ({@code ATTEMPTS#{userId}}, see {@link BillsTable}). */
public class DynamoBindAttempts implements BindAttempts {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoBindAttempts(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean reserve(String userId, LocalDate day, int limit, Instant expiresAt) {
        try {
            dynamo.updateItem(update -> update.tableName(table).key(BillsTable.bindAttemptsKey(userId, day))
                    .updateExpression("ADD failures :one SET #ttl = :ttl")
                    // the count and the check are one write: concurrent guesses cannot all see room left
                    .conditionExpression("attribute_not_exists(failures) OR failures < :limit")
                    .expressionAttributeNames(Map.of("#ttl", "ttl"))
                    .expressionAttributeValues(Map.of(":one", n(1), ":limit", n(limit),
                            ":ttl", n(expiresAt.getEpochSecond()))));
            return true;
        } catch (ConditionalCheckFailedException used) {
            return false;
        }
    }

    @Override
    public void release(String userId, LocalDate day) {
        try {
            dynamo.updateItem(update -> update.tableName(table).key(BillsTable.bindAttemptsKey(userId, day))
                    .updateExpression("ADD failures :minusOne").conditionExpression("failures > :zero")
                    .expressionAttributeValues(Map.of(":minusOne", n(-1), ":zero", n(0))));
        } catch (ConditionalCheckFailedException nothingTaken) {
            // nothing to give back
        }
    }
}
