package cloud.citizen.votes.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/** BatchGetItem over any number of keys of VotesTable: 100 keys a call, unprocessed keys asked again. */
final class BatchReads {
    private static final int KEYS_PER_CALL = 100;

    private BatchReads() {
    }

    /** @param shape adds what the reads need beyond the keys (consistency, projection) */
    static List<Map<String, AttributeValue>> items(DynamoDbClient dynamo, String table,
            List<Map<String, AttributeValue>> keys, UnaryOperator<KeysAndAttributes.Builder> shape) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += KEYS_PER_CALL) {
            Map<String, KeysAndAttributes> request = Map.of(table, shape.apply(KeysAndAttributes.builder()
                    .keys(keys.subList(from, Math.min(keys.size(), from + KEYS_PER_CALL)))).build());
            while (!request.isEmpty()) {
                Map<String, KeysAndAttributes> ask = request;
                var response = dynamo.batchGetItem(b -> b.requestItems(ask));
                items.addAll(response.responses().getOrDefault(table, List.of()));
                request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return items;
    }
}
