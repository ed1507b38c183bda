package cloud.citizen.appointments.store;

import static cloud.citizen.platform.aws.Attributes.isEmpty;
import static cloud.citizen.platform.aws.Attributes.s;

import cloud.citizen.platform.aws.TransactionFailures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import cloud.citizen.appointments.domain.SeatShard;
import cloud.citizen.appointments.domain.SeatShards;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.appointments.domain.SlotOccupancy;
import cloud.citizen.appointments.domain.SlotOverlapException;
import cloud.citizen.appointments.service.SlotCalendar;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/**
 * Slots (PROVIDER#{id}/SLOT#{start}) and their seat counters (SLOT#{slotId}#SHARD#{n}/SHARD);
 * see {@link AppointmentsTable}. A slot never changes once written, so each instance remembers
 * the slots it has read: in a rush every attempt needs the slot, and the slot item would
 * otherwise be read as often as the counters are written.
 */
public final class DynamoSlotCalendar implements SlotCalendar {
    private static final int REMEMBERED_SLOTS = 10_000;
    private static final int BATCH_GET_LIMIT = 100;

    private final DynamoDbClient dynamo;
    private final String table;
    private final CursorCodec cursors;
    private final Map<String, Slot> remembered = new ConcurrentHashMap<>();

    public DynamoSlotCalendar(DynamoDbClient dynamo, String table, CursorCodec cursors) {
        this.dynamo = dynamo;
        this.table = table;
        this.cursors = cursors;
    }

    @Override
    public void create(List<Slot> slots) {
        for (Slot slot : slots) {
            List<TransactWriteItem> writes = new ArrayList<>();
            writes.add(putNew(SlotItems.toItem(slot)));
            List<Integer> capacities = SeatShards.split(slot.capacity(), slot.shards());
            for (int shard = 0; shard < slot.shards(); shard++) {
                writes.add(putNew(SlotItems.shardItem(slot, shard, capacities.get(shard))));
            }
            try {
                dynamo.transactWriteItems(tx -> tx.transactItems(writes));
            } catch (TransactionCanceledException e) {
                if (TransactionFailures.conditionFailed(e, 0)) {
                    throw new SlotOverlapException();
                }
                throw e;
            }
        }
    }

    private TransactWriteItem putNew(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(put -> put.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)")).build();
    }

    @Override
    public List<Slot> onDay(String providerId, LocalDate date) {
        List<Slot> slots = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse page = queryDay(providerId, date, start, null);
            page.items().stream().map(SlotItems::fromItem).forEach(slots::add);
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return slots;
    }

    @Override
    public Optional<Slot> find(String slotId) {
        Slot known = remembered.get(slotId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Map<String, AttributeValue>> key = SlotItems.keyOf(slotId);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table).key(key.get())).item();
        if (isEmpty(item)) {
            return Optional.empty();
        }
        Slot slot = SlotItems.fromItem(item);
        if (remembered.size() >= REMEMBERED_SLOTS) {
            remembered.clear(); // crude, but an instance rarely sees this many slots between restarts
        }
        remembered.put(slotId, slot);
        return Optional.of(slot);
    }

    @Override
    public Page<Slot> page(String providerId, LocalDate date, PageRequest page) {
        String pk = ProviderItems.pk(providerId);
        QueryResponse response = queryDay(providerId, date, Cursors.startKey(cursors, page.cursor(), "pk", pk),
                page.limit());
        return new Page<>(response.items().stream().map(SlotItems::fromItem).toList(),
                Cursors.next(cursors, response.lastEvaluatedKey()));
    }

    private QueryResponse queryDay(String providerId, LocalDate date, Map<String, AttributeValue> start, Integer limit) {
        return dynamo.query(query -> query.tableName(table)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :day)")
                .expressionAttributeValues(Map.of(":pk", s(ProviderItems.pk(providerId)),
                        ":day", s(SlotItems.dayPrefix(date))))
                .exclusiveStartKey(start).limit(limit));
    }

    @Override
    public SlotOccupancy occupancy(Slot slot) {
        return readCounters(List.of(slot), true).get(slot.slotId());
    }

    @Override
    public Map<String, SlotOccupancy> occupancies(List<Slot> slots) {
        // a listing may be a moment old; bookings read their counters consistently
        return readCounters(slots, false);
    }

    private Map<String, SlotOccupancy> readCounters(List<Slot> slots, boolean consistent) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (Slot slot : slots) {
            for (int shard = 0; shard < slot.shards(); shard++) {
                keys.add(SlotItems.shardKey(slot.slotId(), shard));
            }
        }
        Map<String, Map<String, AttributeValue>> byPk = new HashMap<>();
        for (int from = 0; from < keys.size(); from += BATCH_GET_LIMIT) {
            List<Map<String, AttributeValue>> batch = keys.subList(from, Math.min(keys.size(), from + BATCH_GET_LIMIT));
            Map<String, KeysAndAttributes> request = Map.of(table,
                    KeysAndAttributes.builder().keys(batch).consistentRead(consistent).build());
            while (!request.isEmpty()) {
                Map<String, KeysAndAttributes> ask = request;
                BatchGetItemResponse response = dynamo.batchGetItem(get -> get.requestItems(ask));
                response.responses().getOrDefault(table, List.of())
                        .forEach(item -> byPk.put(item.get("pk").s(), item));
                request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        Map<String, SlotOccupancy> occupancies = new HashMap<>();
        for (Slot slot : slots) {
            List<SeatShard> shards = new ArrayList<>();
            for (int shard = 0; shard < slot.shards(); shard++) {
                Map<String, AttributeValue> item = byPk.get(SlotItems.shardKey(slot.slotId(), shard).get("pk").s());
                if (item != null) {
                    shards.add(SlotItems.shardFromItem(shard, item));
                }
            }
            occupancies.put(slot.slotId(), new SlotOccupancy(shards));
        }
        return occupancies;
    }
}
