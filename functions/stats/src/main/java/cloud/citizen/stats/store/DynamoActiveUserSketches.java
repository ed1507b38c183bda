package cloud.citizen.stats.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.stats.domain.DistinctUsers;
import cloud.citizen.stats.service.ActiveUserSketches;

/**
 * Day sketches of active users (key design in {@link StatsTable}). A merge reads the stored
 * sketch, adds the batch's users and writes it back only if nobody wrote in between (version
 * condition); otherwise it reads again. Concurrent consumers therefore never overwrite each
 * other's users, and the shard split keeps such retries rare.
 */
public final class DynamoActiveUserSketches implements ActiveUserSketches {
    private static final int ATTEMPTS = 30;

    private final DynamoDbClient dynamo;
    private final String table;
    private final ShardReads reads;

    public DynamoActiveUserSketches(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.reads = new ShardReads(dynamo, table);
    }

    @Override
    public void merge(LocalDate day, int shard, DistinctUsers users) {
        Map<String, AttributeValue> key = StatsTable.sketch(day, shard);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Map<String, AttributeValue> stored = dynamo.getItem(g -> g.tableName(table).key(key).consistentRead(true))
                    .item();
            try {
                write(key, stored, users);
                return;
            } catch (ConditionalCheckFailedException concurrentWrite) {
                Backoff.pause(attempt);
            }
        }
        throw new IllegalStateException("sketch " + key.get("pk").s() + " stayed contended after " + ATTEMPTS + " attempts");
    }

    private void write(Map<String, AttributeValue> key, Map<String, AttributeValue> stored, DistinctUsers users) {
        Map<String, AttributeValue> item = new HashMap<>(key);
        PutItemRequest.Builder put = PutItemRequest.builder().tableName(table);
        if (Attributes.isEmpty(stored)) {
            item.put(StatsTable.SKETCH, AttributeValue.fromB(SdkBytes.fromByteArray(users.toBytes())));
            item.put(StatsTable.VERSION, Attributes.n(1));
            put.conditionExpression("attribute_not_exists(pk)");
        } else {
            DistinctUsers before = DistinctUsers.fromBytes(stored.get(StatsTable.SKETCH).b().asByteArray());
            if (users.addsNothingTo(before)) {
                return; // every user was in it already (a redelivery, or someone active twice)
            }
            byte[] after = before.with(users).toBytes();
            long version = Attributes.number(stored, StatsTable.VERSION);
            item.put(StatsTable.SKETCH, AttributeValue.fromB(SdkBytes.fromByteArray(after)));
            item.put(StatsTable.VERSION, Attributes.n(version + 1));
            put.conditionExpression("#v = :v").expressionAttributeNames(Map.of("#v", StatsTable.VERSION))
                    .expressionAttributeValues(Map.of(":v", Attributes.n(version)));
        }
        dynamo.putItem(put.item(item).build());
    }

    @Override
    public DistinctUsers activeOn(Collection<LocalDate> days) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (LocalDate day : days) {
            keys.addAll(StatsTable.sketches(day));
        }
        return union(reads.get(keys));
    }

    /** The union of stored sketch items. */
    static DistinctUsers union(List<Map<String, AttributeValue>> items) {
        // sorted: a union of the same sketches in the same order gives the same estimate every time
        List<DistinctUsers> parts = items.stream()
                .sorted(java.util.Comparator.comparing(item -> item.get("pk").s()))
                .map(item -> DistinctUsers.fromBytes(item.get(StatsTable.SKETCH).b().asByteArray())).toList();
        return DistinctUsers.union(parts);
    }
}
