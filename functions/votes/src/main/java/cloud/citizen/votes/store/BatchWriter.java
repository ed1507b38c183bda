package cloud.citizen.votes.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes many independent items (a frozen electorate of thousands of units) in batches of 25,
 * a few batches at a time, resending what DynamoDB left unprocessed.
 */
final class BatchWriter {
    private static final int BATCH = 25;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(8, runnable -> {
        Thread thread = new Thread(runnable, "votes-batch-writer");
        thread.setDaemon(true);
        return thread;
    });

    private BatchWriter() {
    }

    static void putAll(DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> items) {
        List<CompletableFuture<Void>> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += BATCH) {
            List<WriteRequest> requests = items.subList(from, Math.min(items.size(), from + BATCH)).stream()
                    .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                    .toList();
            batches.add(CompletableFuture.runAsync(() -> write(dynamo, table, requests), POOL));
        }
        CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new)).join();
    }

    private static void write(DynamoDbClient dynamo, String table, List<WriteRequest> requests) {
        Map<String, List<WriteRequest>> pending = Map.of(table, requests);
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> ask = pending;
            BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(ask));
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
        }
    }
}
