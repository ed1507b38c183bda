package cloud.citizen.catalog.store;

import static cloud.citizen.platform.aws.Attributes.n;

import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import cloud.citizen.catalog.domain.UsageCount;
import cloud.citizen.catalog.service.UsageCounts;

/** usageCount/usageAsOf on the service items of {@link CatalogTable}. */
public final class DynamoUsageCounts implements UsageCounts {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoUsageCounts(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean recordIfNewer(UsageCount count) {
        try {
            dynamo.updateItem(update -> update.tableName(table).key(ServiceItems.serviceKey(count.serviceId()))
                    // only onto an existing service, and only a newer count: redelivered or late messages
                    // (same or older asOf) can never lower what is stored
                    .conditionExpression("attribute_exists(pk) AND (attribute_not_exists(usageAsOf) OR usageAsOf < :asOf)")
                    .updateExpression("SET usageCount = :count, usageAsOf = :asOf")
                    .expressionAttributeValues(Map.of(":count", n(count.count()),
                            ":asOf", n(count.asOf().toEpochMilli()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
