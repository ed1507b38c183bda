package cloud.citizen.stats.store;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.platform.aws.TransactionFailures;
import cloud.citizen.stats.domain.Counts;
import cloud.citizen.stats.domain.UsageBatch;
import cloud.citizen.stats.service.UsageCounters;

/**
 * Day and all-time counters in StatsTable (key design in {@link StatsTable}). One transaction per
 * batch: a conditional put of each event's marker, then ADDs of the batch's sums to one shard of
 * each day it touches and of the total. A marker that exists cancels the whole transaction and
 * names the event; the write is tried again without it, so each event is counted exactly once.
 */
public final class DynamoUsageCounters implements UsageCounters {
    /** Longer than the queue keeps a message (4 days), so any redelivery still finds the marker. */
    static final Duration MARKER_LIFETIME = Duration.ofDays(8);
    private static final int ATTEMPTS = 12;

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;
    private final ShardReads reads;

    public DynamoUsageCounters(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
        this.reads = new ShardReads(dynamo, table);
    }

    @Override
    public int addOnce(UsageBatch batch, int shard) {
        UsageBatch pending = batch;
        for (int attempt = 1; attempt <= ATTEMPTS && !pending.isEmpty(); attempt++) {
            try {
                List<TransactWriteItem> items = transaction(pending, shard);
                dynamo.transactWriteItems(t -> t.transactItems(items));
                return pending.uses().size();
            } catch (TransactionCanceledException e) {
                Set<String> counted = alreadyCounted(e, pending);
                if (!counted.isEmpty()) {
                    pending = pending.without(counted);
                } else if (TransactionFailures.conflicted(e)) {
                    Backoff.pause(attempt);
                } else {
                    throw e;
                }
            }
        }
        if (pending.isEmpty()) {
            return 0;
        }
        throw new IllegalStateException("counters stayed contended after " + ATTEMPTS + " attempts");
    }

    private List<TransactWriteItem> transaction(UsageBatch batch, int shard) {
        List<TransactWriteItem> items = new ArrayList<>();
        long expires = clock.instant().plus(MARKER_LIFETIME).getEpochSecond();
        // markers first: their positions in the cancellation reasons name the events already counted
        for (String eventId : batch.eventIds()) {
            Map<String, AttributeValue> marker = new java.util.HashMap<>(StatsTable.eventMarker(eventId));
            marker.put(StatsTable.TTL, Attributes.n(expires));
            items.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(marker)
                    .conditionExpression("attribute_not_exists(pk)").build()).build());
        }
        Map<LocalDate, Counts> byDay = batch.countsByDay();
        byDay.forEach((day, counts) -> items.add(add(StatsTable.dayCounter(day, shard),
                CounterAttributes.AddExpression.of(counts))));
        AttributeValue days = AttributeValue.fromSs(byDay.keySet().stream().map(LocalDate::toString).toList());
        items.add(add(StatsTable.totalCounter(shard),
                CounterAttributes.AddExpression.of(batch.total()).alsoAdd(StatsTable.DIRTY_DAYS, days)));
        return items;
    }

    private TransactWriteItem add(Map<String, AttributeValue> key, CounterAttributes.AddExpression add) {
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(key)
                .updateExpression(add.expression()).expressionAttributeNames(add.names())
                .expressionAttributeValues(add.values()).build()).build();
    }

    private static Set<String> alreadyCounted(TransactionCanceledException e, UsageBatch batch) {
        List<String> eventIds = batch.eventIds();
        Set<String> counted = new HashSet<>();
        for (int i = 0; i < eventIds.size(); i++) {
            if (TransactionFailures.conditionFailed(e, i)) {
                counted.add(eventIds.get(i));
            }
        }
        return counted;
    }

    @Override
    public Counts day(LocalDate day) {
        return sum(StatsTable.dayCounters(day));
    }

    @Override
    public Counts allTime() {
        return sum(StatsTable.totalCounters());
    }

    private Counts sum(List<Map<String, AttributeValue>> keys) {
        return reads.get(keys).stream().map(CounterAttributes::read).reduce(Counts.NONE, Counts::plus);
    }

    @Override
    public Set<LocalDate> changedDays() {
        Set<LocalDate> days = new TreeSet<>();
        for (Map<String, AttributeValue> item : reads.get(StatsTable.totalCounters())) {
            AttributeValue dirty = item.get(StatsTable.DIRTY_DAYS);
            if (dirty != null && dirty.hasSs()) {
                dirty.ss().forEach(day -> days.add(LocalDate.parse(day)));
            }
        }
        return days;
    }

    @Override
    public void takeChangedDays(Set<LocalDate> days) {
        changeMarks("DELETE", days);
    }

    @Override
    public void markChanged(Set<LocalDate> days) {
        changeMarks("ADD", days);
    }

    private void changeMarks(String action, Set<LocalDate> days) {
        if (days.isEmpty()) {
            return;
        }
        AttributeValue set = AttributeValue.fromSs(days.stream().map(LocalDate::toString).toList());
        for (Map<String, AttributeValue> key : StatsTable.totalCounters()) {
            dynamo.updateItem(u -> u.tableName(table).key(key).updateExpression(action + " #d :d")
                    .expressionAttributeNames(Map.of("#d", StatsTable.DIRTY_DAYS))
                    .expressionAttributeValues(Map.of(":d", set)));
        }
    }
}
