package cloud.citizen.surveys.store;

import static cloud.citizen.platform.aws.Attributes.s;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.surveys.domain.Tally;
import cloud.citizen.surveys.service.TallyReader;

/** Results read the (at most 8) tally shards of a survey in one query, never its responses. */
public final class DynamoTallyReader implements TallyReader {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoTallyReader(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Tally totals(String surveyId) {
        Tally total = Tally.empty();
        for (Map<String, AttributeValue> shard : dynamo.query(query -> query.tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :tally)")
                .expressionAttributeValues(Map.of(":pk", s(SurveysTable.surveyPk(surveyId)), ":tally",
                        s(SurveysTable.TALLY)))).items()) {
            total = total.plus(tallyOf(shard));
        }
        return total;
    }

    private static Tally tallyOf(Map<String, AttributeValue> shard) {
        Map<String, BigDecimal> counters = new HashMap<>();
        Map<String, BigDecimal> lows = new HashMap<>();
        Map<String, BigDecimal> highs = new HashMap<>();
        shard.forEach((name, value) -> {
            if (value.n() == null) {
                return; // pk, sk
            }
            BigDecimal number = new BigDecimal(value.n());
            if (name.startsWith("lo_")) {
                lows.put(name.substring(3), number);
            } else if (name.startsWith("hi_")) {
                highs.put(name.substring(3), number);
            } else {
                counters.put(name, number);
            }
        });
        return new Tally(counters, lows, highs);
    }
}
