package cloud.citizen.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

import cloud.citizen.emulator.EmulatedAws;
import cloud.citizen.emulator.EmulatorOptions;
import cloud.citizen.emulator.testing.LocalStackAvailability;

@ExtendWith(LocalStackAvailability.class)
class OutboxTest {
    private static EmulatedAws aws;
    private static String table;
    private static String queue;

    @BeforeAll
    static void start() {
        aws = EmulatedAws.start(EmulatorOptions.inMemory());
        table = "outbox-test";
        DynamoDbClient dynamo = aws.dynamoDb();
        dynamo.createTable(create -> create.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH), k -> k.attributeName("sk").keyType(KeyType.RANGE)));
        queue = aws.sqs().createQueue(c -> c.queueName("outbox-test")).queueUrl();
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void deliver_afterTheTransaction_sendsTheEventAndEmptiesTheOutbox() {
        Outbox outbox = outboxAt(Instant.now());
        OutboxEvent event = event();

        aws.dynamoDb().transactWriteItems(tx -> tx.transactItems(stateChange(), outbox.record(event)));
        outbox.deliver(event);

        assertThat(received()).extracting(Message::body).containsExactly(event.body());
        assertThat(outbox.sweep(Duration.ZERO).sent()).isZero();
    }

    @Test
    void sweep_sendsEventsWhoseDeliveryNeverHappened_once() {
        Instant committedAt = Instant.now().minusSeconds(120);
        OutboxEvent event = event();
        aws.dynamoDb().transactWriteItems(tx -> tx.transactItems(stateChange(), outboxAt(committedAt).record(event)));
        // the sender died here: no deliver()

        Outbox later = outboxAt(Instant.now());
        assertThat(later.sweep(Duration.ofSeconds(30)).sent()).isEqualTo(1);
        assertThat(received()).extracting(Message::body).containsExactly(event.body());
        assertThat(later.sweep(Duration.ofSeconds(30)).sent()).isZero();
    }

    @Test
    void sweep_leavesRecentEventsToTheirOwnDelivery() {
        Outbox outbox = outboxAt(Instant.now());
        OutboxEvent event = event();
        aws.dynamoDb().transactWriteItems(tx -> tx.transactItems(outbox.record(event)));

        assertThat(outbox.sweep(Duration.ofSeconds(30)).sent()).isZero();
        outbox.deliver(event);
        assertThat(received()).hasSize(1);
    }

    @Test
    void record_inACancelledTransaction_leavesNoEvent() {
        Outbox outbox = outboxAt(Instant.now());
        var failing = software.amazon.awssdk.services.dynamodb.model.TransactWriteItem.builder()
                .conditionCheck(c -> c.tableName(table).key(Map.of("pk", AttributeValue.fromS("missing"),
                        "sk", AttributeValue.fromS("missing"))).conditionExpression("attribute_exists(pk)")).build();
        try {
            aws.dynamoDb().transactWriteItems(tx -> tx.transactItems(failing, outbox.record(event())));
        } catch (software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException expected) {
            // the state change was refused, so its event must not exist either
        }

        assertThat(outbox.sweep(Duration.ZERO).sent()).isZero();
        assertThat(received()).isEmpty();
    }

    @Test
    void sweep_withOneEventThatCannotBeSent_stillDeliversTheOthers_andKeepsIt() {
        Outbox committedEarlier = outboxAt(Instant.now().minusSeconds(120));
        OutboxEvent poisoned = new OutboxEvent(OutboxEvent.newEventId(), "Test", queue + "-gone", "{}");
        List<OutboxEvent> healthy = List.of(event(), event(), event());
        aws.dynamoDb().transactWriteItems(tx -> tx.transactItems(committedEarlier.record(poisoned)));
        healthy.forEach(event -> aws.dynamoDb().transactWriteItems(tx -> tx.transactItems(committedEarlier.record(event))));

        Outbox.SweepResult result = outboxAt(Instant.now()).sweep(Duration.ofSeconds(30));

        assertThat(result).isEqualTo(new Outbox.SweepResult(3, 1));
        assertThat(receivedAll(3)).extracting(Message::body)
                .containsExactlyInAnyOrderElementsOf(healthy.stream().map(OutboxEvent::body).toList());
        assertThat(outboxItem(poisoned)).as("the unsendable event stays for the next sweep").isNotEmpty();
        remove(poisoned);
    }

    @Test
    void sweepHandler_reportsEventsItCouldNotSend_afterSendingTheRest() {
        Outbox committedEarlier = outboxAt(Instant.now().minusSeconds(120));
        OutboxEvent poisoned = new OutboxEvent(OutboxEvent.newEventId(), "Test", queue + "-gone", "{}");
        OutboxEvent healthy = event();
        aws.dynamoDb().transactWriteItems(tx -> tx.transactItems(committedEarlier.record(poisoned)));
        aws.dynamoDb().transactWriteItems(tx -> tx.transactItems(committedEarlier.record(healthy)));

        assertThatThrownBy(() -> new OutboxSweepHandler(outboxAt(Instant.now())).handleRequest(Map.of(), null))
                .isInstanceOf(OutboxSweepHandler.OutboxSweepIncomplete.class).hasMessageContaining("1 outbox events");
        assertThat(received()).extracting(Message::body).containsExactly(healthy.body());
        remove(poisoned);
    }

    @Test
    void record_givesTheEventNoExpiry_soAnUndeliveredOneNeverVanishes() {
        OutboxEvent event = event();
        aws.dynamoDb().transactWriteItems(tx -> tx.transactItems(outboxAt(Instant.now()).record(event)));

        assertThat(outboxItem(event)).isNotEmpty().doesNotContainKey("ttl").doesNotContainKey("expiresAt");
        outboxAt(Instant.now()).deliver(event);
        assertThat(received()).hasSize(1);
    }

    @Test
    void deliver_whenSqsFailsAfterTheCommit_leavesTheEventForTheSweeper() {
        OutboxEvent event = event();
        Instant committedAt = Instant.now().minusSeconds(120);
        try (SqsClient failingSqs = sqsFailingEverySend()) {
            Outbox withBrokenQueue = new Outbox(aws.dynamoDb(), failingSqs, table, Clock.fixed(committedAt, ZoneOffset.UTC));
            aws.dynamoDb().transactWriteItems(tx -> tx.transactItems(stateChange(), withBrokenQueue.record(event)));
            withBrokenQueue.deliver(event); // logs and returns: the request that committed still succeeds
        }
        assertThat(outboxItem(event)).isNotEmpty();

        assertThat(outboxAt(Instant.now()).sweep(Duration.ofSeconds(30))).isEqualTo(new Outbox.SweepResult(1, 0));
        assertThat(received()).extracting(Message::body).containsExactly(event.body());
        assertThat(outboxItem(event)).isEmpty();
    }

    private static SqsClient sqsFailingEverySend() {
        ExecutionInterceptor refuseSends = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof SendMessageRequest) {
                    throw SdkClientException.create("injected: SQS unreachable");
                }
            }
        };
        return SqsClient.builder().endpointOverride(aws.endpoints().sqs()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(config -> config.addExecutionInterceptor(refuseSends)).build();
    }

    private static Map<String, AttributeValue> outboxItem(OutboxEvent event) {
        return aws.dynamoDb().getItem(get -> get.tableName(table).key(keyOf(event)).consistentRead(true)).item();
    }

    private static void remove(OutboxEvent event) {
        aws.dynamoDb().deleteItem(delete -> delete.tableName(table).key(keyOf(event)));
    }

    private static Map<String, AttributeValue> keyOf(OutboxEvent event) {
        return Map.of("pk", AttributeValue.fromS("OUTBOX#" + Outbox.shardOf(event.eventId())),
                "sk", AttributeValue.fromS("EVENT#" + event.eventId()));
    }

    private static List<Message> receivedAll(int expected) {
        List<Message> messages = new java.util.ArrayList<>();
        for (int attempt = 0; attempt < 5 && messages.size() < expected; attempt++) {
            messages.addAll(received());
        }
        return messages;
    }

    private static Outbox outboxAt(Instant now) {
        return new Outbox(aws.dynamoDb(), aws.sqs(), table, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static OutboxEvent event() {
        String id = OutboxEvent.newEventId();
        return new OutboxEvent(id, "Test", queue, "{\"eventId\":\"" + id + "\"}");
    }

    private static software.amazon.awssdk.services.dynamodb.model.TransactWriteItem stateChange() {
        return software.amazon.awssdk.services.dynamodb.model.TransactWriteItem.builder().put(p -> p.tableName(table)
                .item(Map.of("pk", AttributeValue.fromS("STATE#" + UUID.randomUUID()), "sk", AttributeValue.fromS("S"))))
                .build();
    }

    private static List<Message> received() {
        List<Message> messages = aws.sqs().receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(1))
                .messages();
        messages.forEach(m -> aws.sqs().deleteMessage(d -> d.queueUrl(queue).receiptHandle(m.receiptHandle())));
        return messages;
    }
}
