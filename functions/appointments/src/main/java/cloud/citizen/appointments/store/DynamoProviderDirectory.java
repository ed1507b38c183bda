package cloud.citizen.appointments.store;

import static cloud.citizen.platform.aws.Attributes.isEmpty;
import static cloud.citizen.platform.aws.Attributes.s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderExistsException;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.service.ProviderDirectory;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/** Providers: PROVIDER#{id}/PROFILE, listed through gsi1 (see {@link AppointmentsTable}). */
public final class DynamoProviderDirectory implements ProviderDirectory {
    private final DynamoDbClient dynamo;
    private final String table;
    private final CursorCodec cursors;

    public DynamoProviderDirectory(DynamoDbClient dynamo, String table, CursorCodec cursors) {
        this.dynamo = dynamo;
        this.table = table;
        this.cursors = cursors;
    }

    @Override
    public void add(Provider provider) {
        try {
            dynamo.putItem(put -> put.tableName(table).item(ProviderItems.toItem(provider))
                    .conditionExpression("attribute_not_exists(pk)"));
        } catch (ConditionalCheckFailedException e) {
            throw new ProviderExistsException();
        }
    }

    @Override
    public Optional<Provider> find(String providerId) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table)
                .key(ProviderItems.keyOf(providerId))).item();
        return isEmpty(item) ? Optional.empty() : Optional.of(ProviderItems.fromItem(item));
    }

    @Override
    public Page<Provider> list(Optional<ProviderType> type, Optional<String> district, PageRequest page) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":pk", s(ProviderItems.LIST_PARTITION));
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).indexName(AppointmentsTable.GSI1);
        if (type.isPresent()) {
            values.put(":prefix", s(ProviderItems.listPrefix(type.get(), district.orElse(null))));
            query.keyConditionExpression("gsi1pk = :pk AND begins_with(gsi1sk, :prefix)");
        } else {
            query.keyConditionExpression("gsi1pk = :pk");
            // few providers per city, read rarely: a filter over the one list partition is fine here
            district.ifPresent(d -> {
                values.put(":district", s(d));
                query.filterExpression("district = :district");
            });
        }
        query.expressionAttributeValues(values);
        // a filter can leave a page short or empty: read on until the page is full or the list ends
        List<Provider> items = new ArrayList<>();
        Map<String, AttributeValue> start = Cursors.startKey(cursors, page.cursor(), "gsi1pk", ProviderItems.LIST_PARTITION);
        do {
            QueryResponse response = dynamo.query(query.limit(page.limit() - items.size()).exclusiveStartKey(start).build());
            response.items().stream().map(ProviderItems::fromItem).forEach(items::add);
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey()
                    : null;
        } while (start != null && items.size() < page.limit());
        return new Page<>(items, Cursors.next(cursors, start));
    }
}
