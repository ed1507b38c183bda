package cloud.citizen.stats.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.stats.domain.Counts;
import cloud.citizen.stats.domain.DayFigures;
import cloud.citizen.stats.domain.DayRange;
import cloud.citizen.stats.service.Rollups;

/**
 * Rolled-up rows (key design in {@link StatsTable}): a day row is replaced whole by each roll-up
 * (a later roll-up only ever sees larger counters), the days of a range are one Query on one
 * partition, and the catalog's last counts are one item.
 */
public final class DynamoRollups implements Rollups {
    private static final int SETS_PER_UPDATE = 100;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoRollups(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void saveDay(DayFigures figures) {
        Map<String, AttributeValue> item = new HashMap<>(StatsTable.dayRow(figures.date()));
        item.putAll(CounterAttributes.values(figures.counts()));
        item.put(StatsTable.ACTIVE_USERS, Attributes.n(figures.activeUsers()));
        dynamo.putItem(p -> p.tableName(table).item(item));
    }

    @Override
    public List<DayFigures> days(DayRange range) {
        List<DayFigures> days = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            QueryRequest.Builder query = QueryRequest.builder().tableName(table)
                    .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                    .expressionAttributeValues(Map.of(":pk", Attributes.s(StatsTable.DAY_ROWS),
                            ":from", Attributes.s(range.from().toString()), ":to", Attributes.s(range.to().toString())));
            if (startKey != null) {
                query.exclusiveStartKey(startKey);
            }
            QueryResponse page = dynamo.query(query.build());
            page.items().forEach(item -> days.add(new DayFigures(LocalDate.parse(item.get("sk").s()),
                    CounterAttributes.read(item), Attributes.number(item, StatsTable.ACTIVE_USERS))));
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        return days;
    }

    @Override
    public void saveMonth(YearMonth month, long activeUsers) {
        Map<String, AttributeValue> item = new HashMap<>(StatsTable.monthRow(month));
        item.put(StatsTable.ACTIVE_USERS, Attributes.n(activeUsers));
        dynamo.putItem(p -> p.tableName(table).item(item));
    }

    @Override
    public long monthActiveUsers(YearMonth month) {
        return Attributes.number(dynamo.getItem(g -> g.tableName(table).key(StatsTable.monthRow(month))).item(),
                StatsTable.ACTIVE_USERS);
    }

    @Override
    public Map<String, Long> usageSentToCatalog() {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table).key(StatsTable.catalogSent())
                .consistentRead(true)).item();
        return CounterAttributes.read(item).byService();
    }

    /** Sets the sent counts of these services (others keep theirs), in updates small enough for DynamoDB's 4 KB expression limit. */
    @Override
    public void recordUsageSentToCatalog(Map<String, Long> usageCounts) {
        List<Map.Entry<String, Long>> counters = new ArrayList<>(
                CounterAttributes.of(new Counts(Map.of(), usageCounts, 0)).entrySet());
        for (int from = 0; from < counters.size(); from += SETS_PER_UPDATE) {
            setCounters(counters.subList(from, Math.min(counters.size(), from + SETS_PER_UPDATE)));
        }
    }

    private void setCounters(List<Map.Entry<String, Long>> counters) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> assignments = new ArrayList<>();
        for (int i = 0; i < counters.size(); i++) {
            names.put("#s" + i, counters.get(i).getKey());
            values.put(":s" + i, Attributes.n(counters.get(i).getValue()));
            assignments.add("#s" + i + " = :s" + i);
        }
        dynamo.updateItem(u -> u.tableName(table).key(StatsTable.catalogSent())
                .updateExpression("SET " + String.join(", ", assignments)).expressionAttributeNames(names)
                .expressionAttributeValues(values));
    }
}
