package cloud.citizen.appointments.store;

import static cloud.citizen.platform.aws.Attributes.isEmpty;
import static cloud.citizen.platform.aws.Attributes.s;

import java.time.Clock;
import java.time.Duration;
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
import cloud.citizen.platform.cache.RecentReads;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/**
 * Providers: PROVIDER#{id}/PROFILE, listed through gsi1 (see {@link AppointmentsTable}). The first
 * page of each public list this instance served is kept for a minute: the directory changes when an
 * admin registers a site, a few times a year per district, and a site that shows up a minute late
 * harms nobody (its slots, and every seat, are read and booked live). This instance's own
 * registrations show at once; later pages (with a cursor) are always read.
 */
public final class DynamoProviderDirectory implements ProviderDirectory {
    static final Duration LISTS_FRESH_FOR = Duration.ofMinutes(1);

    private final DynamoDbClient dynamo;
    private final String table;
    private final CursorCodec cursors;
    private final RecentReads<ListQuestion, Page<Provider>> firstPages;

    /** For tools that register providers (the local platform's seed): lists kept by the system clock. */
    public DynamoProviderDirectory(DynamoDbClient dynamo, String table, CursorCodec cursors) {
        this(dynamo, table, cursors, Clock.systemUTC());
    }

    public DynamoProviderDirectory(DynamoDbClient dynamo, String table, CursorCodec cursors, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.cursors = cursors;
        this.firstPages = new RecentReads<>(clock, LISTS_FRESH_FOR, 100);
    }

    @Override
    public void add(Provider provider) {
        try {
            dynamo.putItem(put -> put.tableName(table).item(ProviderItems.toItem(provider))
                    .conditionExpression("attribute_not_exists(pk)"));
            firstPages.forget();
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
        return page.cursor() == null
                ? firstPages.get(new ListQuestion(type, district, page.limit()), () -> query(type, district, page))
                : query(type, district, page);
    }

    private record ListQuestion(Optional<ProviderType> type, Optional<String> district, int limit) {
    }

    private Page<Provider> query(Optional<ProviderType> type, Optional<String> district, PageRequest page) {
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
