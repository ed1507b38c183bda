package cloud.citizen.stats.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.stats.domain.Counts;
import cloud.citizen.stats.domain.DayFigures;
import cloud.citizen.stats.service.OverviewReads;

/**
 * The overview's items by key in one BatchGetItem (key design in {@link StatsTable}): 8 all-time
 * shards, 8 day shards, 8 day sketches and the month's roll-up row, 25 keys, within one request's
 * 100. Sums and the sketch union are the same as {@link DynamoUsageCounters} and
 * {@link DynamoActiveUserSketches} compute from their own reads.
 */
public final class DynamoOverviewReads implements OverviewReads {
    private final ShardReads reads;

    public DynamoOverviewReads(DynamoDbClient dynamo, String table) {
        this.reads = new ShardReads(dynamo, table);
    }

    @Override
    public Figures read(LocalDate today) {
        List<Map<String, AttributeValue>> totals = StatsTable.totalCounters();
        List<Map<String, AttributeValue>> day = StatsTable.dayCounters(today);
        List<Map<String, AttributeValue>> sketches = StatsTable.sketches(today);
        Map<String, AttributeValue> month = StatsTable.monthRow(YearMonth.from(today));
        List<Map<String, AttributeValue>> keys = new ArrayList<>(totals);
        keys.addAll(day);
        keys.addAll(sketches);
        keys.add(month);
        List<Map<String, AttributeValue>> items = reads.get(keys);
        long monthActive = Attributes.number(only(items, Set.of(month)).stream().findFirst().orElse(Map.of()),
                StatsTable.ACTIVE_USERS);
        return new Figures(sum(only(items, totals)), new DayFigures(today, sum(only(items, day)),
                DynamoActiveUserSketches.union(only(items, sketches)).estimate()), monthActive);
    }

    private static Counts sum(List<Map<String, AttributeValue>> items) {
        return items.stream().map(CounterAttributes::read).reduce(Counts.NONE, Counts::plus);
    }

    /** The items read for these keys (every key here has its own pk). */
    private static List<Map<String, AttributeValue>> only(List<Map<String, AttributeValue>> items,
            Collection<Map<String, AttributeValue>> keys) {
        Set<String> partitions = keys.stream().map(key -> key.get("pk").s()).collect(Collectors.toSet());
        return items.stream().filter(item -> partitions.contains(item.get("pk").s())).toList();
    }
}
