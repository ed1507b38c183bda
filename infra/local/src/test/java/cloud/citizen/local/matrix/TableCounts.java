package cloud.citizen.local.matrix;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Item counts of a capability's table in the emulated DynamoDB (a COUNT scan: test-only, never
 * what the functions do). A route's function {@code XFunction} writes to {@code XTable}; its count
 * before and after a refused request shows whether anything was written.
 */
public final class TableCounts {
    private final MatrixTarget target;
    private final Map<String, Optional<String>> tables = new ConcurrentHashMap<>();

    public TableCounts(MatrixTarget target) {
        this.target = target;
    }

    /** The number of items of the table of the function serving the route; empty if it has none. */
    public Optional<Long> itemsOf(String functionLogicalId) {
        return tables.computeIfAbsent(functionLogicalId, this::table).map(this::count);
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
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> start = null;
        do {
            ScanRequest.Builder scan = ScanRequest.builder().tableName(table).select(Select.COUNT);
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
