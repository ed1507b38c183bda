package cloud.citizen.platform.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Every item a query matches, page after page (DynamoDB answers at most 1 MB per call). For bounded
 * partitions read whole: a citizen's units, a catalog partition, a range of days. A plain loop
 * rather than the SDK's paginator, which wraps and copies each page: some of these run on every
 * request.
 */
public final class QueryPages {
    private QueryPages() {
    }

    public static void forEachItem(DynamoDbClient dynamo, QueryRequest query, Consumer<Map<String, AttributeValue>> each) {
        QueryRequest next = query;
        while (true) {
            QueryResponse page = dynamo.query(next);
            page.items().forEach(each);
            if (!page.hasLastEvaluatedKey() || page.lastEvaluatedKey().isEmpty()) {
                return;
            }
            next = next.toBuilder().exclusiveStartKey(page.lastEvaluatedKey()).build();
        }
    }

    public static List<Map<String, AttributeValue>> items(DynamoDbClient dynamo, QueryRequest query) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        forEachItem(dynamo, query, items::add);
        return items;
    }
}
