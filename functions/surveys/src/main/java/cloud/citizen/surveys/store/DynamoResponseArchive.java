package cloud.citizen.surveys.store;

import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;

import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import cloud.citizen.surveys.domain.Survey;
import cloud.citizen.surveys.service.ResponseArchive;
import cloud.citizen.surveys.service.StoredResponse;

/** Responses in id order (ids start with their submission time), a 1 MB page at a time. */
public final class DynamoResponseArchive implements ResponseArchive {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoResponseArchive(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public long forEach(Survey survey, Consumer<StoredResponse> each) {
        long count = 0;
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamo.query(query -> query.tableName(table)
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :response)")
                    .expressionAttributeValues(Map.of(":pk", s(SurveysTable.surveyPk(survey.surveyId())), ":response",
                            s(SurveysTable.RESPONSE)))
                    .projectionExpression("responseId, submittedAt, answers").exclusiveStartKey(from));
            for (Map<String, AttributeValue> item : page.items()) {
                each.accept(new StoredResponse(text(item, "responseId"), Instant.parse(text(item, "submittedAt")),
                        SurveyJson.answers(text(item, "answers"))));
                count++;
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return count;
    }
}
