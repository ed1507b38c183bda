package cloud.citizen.platform.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import cloud.citizen.emulator.EmulatedAws;
import cloud.citizen.emulator.EmulatorOptions;
import cloud.citizen.emulator.testing.LocalStackAvailability;

@ExtendWith(LocalStackAvailability.class)
class QueryPagesTest {
    private static final String TABLE = "query-pages-test";
    private static EmulatedAws aws;
    private static DynamoDbClient dynamo;

    @BeforeAll
    static void start() {
        aws = EmulatedAws.start(EmulatorOptions.inMemory());
        dynamo = aws.dynamoDb();
        dynamo.createTable(create -> create.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("sk").keyType(KeyType.RANGE)));
        for (int i = 0; i < 25; i++) {
            String sk = String.format("ITEM#%02d", i);
            dynamo.putItem(put -> put.tableName(TABLE).item(Attributes.key("P", sk)));
        }
        dynamo.putItem(put -> put.tableName(TABLE).item(Attributes.key("OTHER", "ITEM#00")));
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void items_followsEveryPage_inKeyOrder() {
        AtomicInteger calls = new AtomicInteger();
        DynamoDbClient counted = countingQueries(calls);

        List<Map<String, AttributeValue>> items = QueryPages.items(counted, partition("P").limit(4).build());

        assertThat(items).extracting(item -> item.get("sk").s())
                .containsExactlyElementsOf(IntStream.range(0, 25).mapToObj(i -> String.format("ITEM#%02d", i)).toList());
        assertThat(calls.get()).as("7 pages of 4 (the last one empty or short)").isBetween(7, 8);
    }

    @Test
    void items_ofAnEmptyPartition_isOneCallAndNothing() {
        AtomicInteger calls = new AtomicInteger();

        assertThat(QueryPages.items(countingQueries(calls), partition("NONE").build())).isEmpty();
        assertThat(calls.get()).isEqualTo(1);
    }

    private static QueryRequest.Builder partition(String pk) {
        return QueryRequest.builder().tableName(TABLE).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", Attributes.s(pk)));
    }

    /** The real client, counting the Query calls it is asked for. */
    private static DynamoDbClient countingQueries(AtomicInteger calls) {
        return new DynamoDbClient() {
            @Override
            public QueryResponse query(QueryRequest request) {
                calls.incrementAndGet();
                return dynamo.query(request);
            }

            @Override
            public String serviceName() {
                return dynamo.serviceName();
            }

            @Override
            public void close() {
            }
        };
    }
}
