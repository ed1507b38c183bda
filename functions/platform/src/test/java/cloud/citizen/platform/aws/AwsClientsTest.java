package cloud.citizen.platform.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.InterceptorContext;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.sqs.SqsClient;

import cloud.citizen.emulator.EmulatedAws;
import cloud.citizen.emulator.EmulatorOptions;
import cloud.citizen.emulator.testing.LocalStackAvailability;
import cloud.citizen.platform.config.Environment;

@ExtendWith(LocalStackAvailability.class)
class AwsClientsTest {
    /** Multi-byte text: a Content-Length the JDK computes must count bytes, not characters. */
    private static final String TEXT = "生活圈：您对社区建设有什么建议？ 路灯、绿化、停车。".repeat(2_000);

    private static EmulatedAws aws;
    private static AwsClients clients;

    @BeforeAll
    static void start() {
        aws = EmulatedAws.start(EmulatorOptions.inMemory());
        clients = AwsClients.from(Environment.of(aws.endpointVariables()));
        aws.dynamoDb().createTable(create -> create.tableName("clients-test").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void bufferedRequestBody_dropsContentLength_andKeepsEveryOtherHeader() {
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(URI.create("https://dynamodb.test/"))
                .putHeader("Content-Length", "42").putHeader("X-Amz-Target", "DynamoDB_20120810.GetItem")
                .putHeader("Content-Type", "application/x-amz-json-1.0").build();

        SdkHttpRequest sent = new BufferedRequestBody().modifyHttpRequest(InterceptorContext.builder()
                .request(GetItemRequest.builder().build()).httpRequest(request).build(), new ExecutionAttributes());

        assertThat(sent.firstMatchingHeader("Content-Length")).isEmpty();
        assertThat(sent.headers()).containsOnlyKeys("X-Amz-Target", "Content-Type");
    }

    @Test
    void dynamoDb_writesAndReadsALargeMultiByteItemWhole() {
        DynamoDbClient dynamo = clients.dynamoDb();
        Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("big"));

        dynamo.putItem(put -> put.tableName("clients-test").item(Map.of("pk", AttributeValue.fromS("big"),
                "text", AttributeValue.fromS(TEXT))));

        assertThat(dynamo.getItem(get -> get.tableName("clients-test").key(key).consistentRead(true)).item().get("text").s())
                .isEqualTo(TEXT);
    }

    @Test
    void sqs_sendsAMultiByteMessageWhole() {
        SqsClient sqs = clients.sqs();
        String queue = sqs.createQueue(create -> create.queueName("clients-test")).queueUrl();

        sqs.sendMessage(send -> send.queueUrl(queue).messageBody(TEXT.substring(0, 20_000)));

        assertThat(sqs.receiveMessage(receive -> receive.queueUrl(queue).waitTimeSeconds(5)).messages())
                .singleElement().satisfies(message -> assertThat(message.body()).isEqualTo(TEXT.substring(0, 20_000)));
    }
}
