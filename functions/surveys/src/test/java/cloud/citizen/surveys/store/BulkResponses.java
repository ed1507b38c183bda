package cloud.citizen.surveys.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import cloud.citizen.surveys.domain.AcceptedAnswers;

/**
 * Many stored responses fast, for export tests and the export benchmark: the response items exactly
 * as {@link DynamoResponseBook} writes them, in batches of 25 instead of one transaction each (no
 * markers or counters: exports read only the responses).
 */
public final class BulkResponses {
    private BulkResponses() {
    }

    /** @return the response ids in submission order */
    public static List<String> write(DynamoDbClient dynamo, String table, String surveyId, int count, Instant start,
            IntFunction<AcceptedAnswers> answers) {
        List<String> ids = new ArrayList<>();
        List<WriteRequest> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String responseId = String.format("r-%012x%08d", start.toEpochMilli() + i, i);
            ids.add(responseId);
            Map<String, AttributeValue> item = new HashMap<>(SurveysTable.response(surveyId, responseId));
            item.put("responseId", AttributeValue.fromS(responseId));
            item.put("submittedAt", AttributeValue.fromS(start.plusMillis(i).toString()));
            item.put("answers", AttributeValue.fromS(SurveyJson.answers(answers.apply(i))));
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
            if (batch.size() == 25 || i == count - 1) {
                flush(dynamo, table, List.copyOf(batch));
                batch.clear();
            }
        }
        return ids;
    }

    private static void flush(DynamoDbClient dynamo, String table, List<WriteRequest> requests) {
        List<WriteRequest> pending = requests;
        while (!pending.isEmpty()) {
            List<WriteRequest> now = pending;
            pending = dynamo.batchWriteItem(b -> b.requestItems(Map.of(table, now))).unprocessedItems()
                    .getOrDefault(table, List.of());
        }
    }
}
