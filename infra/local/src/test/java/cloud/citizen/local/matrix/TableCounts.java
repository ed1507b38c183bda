package cloud.citizen.local.matrix;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Item counts of a capability's table in the emulated DynamoDB (a COUNT scan: test-only, never
 * what the functions do). A route's function {@code XFunction} writes to {@code XTable}; its count
 * before and after a refused request shows whether anything was written. Idempotency records
 * ({@code sk = IDEMPOTENCY}, the platform's) are not counted: a refused request sent with an
 * {@code Idempotency-Key} stores its answer so that a retry gets "the first response again".
 */
public final class TableCounts {
    private static final String IDEMPOTENCY_RECORD = "IDEMPOTENCY";
    private final MatrixTarget target;
    private final Map<String, Optional<String>> tables = new ConcurrentHashMap<>();

    public TableCounts(MatrixTarget target) {
        this.target = target;
    }

    /** The number of items of the table of the function serving the route; empty if it has none. */
    public Optional<Long> itemsOf(String functionLogicalId) {
        return tables.computeIfAbsent(functionLogicalId, this::table).map(this::count);
    }

    /** Waits (up to a minute) until no table of the given functions changes for three seconds: earlier tests' events settle. */
    public void awaitQuiet(java.util.Collection<String> functionLogicalIds) {
        Map<String, Optional<Long>> last = snapshot(functionLogicalIds);
        for (int round = 0; round < 20; round++) {
            sleep();
            Map<String, Optional<Long>> now = snapshot(functionLogicalIds);
            if (now.equals(last)) {
                return;
            }
            last = now;
        }
    }

    private Map<String, Optional<Long>> snapshot(java.util.Collection<String> functionLogicalIds) {
        Map<String, Optional<Long>> counts = new java.util.TreeMap<>();
        functionLogicalIds.forEach(function -> counts.put(function, itemsOf(function)));
        return counts;
    }

    /** The quiet window: the polling loop above bounds the whole wait, this only spaces the snapshots. */
    private static void sleep() {
        try {
            Thread.sleep(3_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Optional<String> table(String functionLogicalId) {
        String logical = functionLogicalId.replace("Function", "Table");
        try {
            return Optional.of(target.tableName(logical));
        } catch (IllegalStateException | ResourceNotFoundException none) {
            return Optional.empty();
        }
    }

    private long count(String table) {
        long items = 0;
        Map<String, AttributeValue> start = null;
        do {
            ScanRequest.Builder scan = ScanRequest.builder().tableName(table).select(Select.COUNT)
                    .filterExpression("sk <> :idempotency")
                    .expressionAttributeValues(Map.of(":idempotency", AttributeValue.fromS(IDEMPOTENCY_RECORD)));
            if (start != null) {
                scan.exclusiveStartKey(start);
            }
            ScanResponse page = target.dynamoDb().scan(scan.build());
            items += page.count();
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }
}
