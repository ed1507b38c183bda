package cloud.citizen.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

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

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.sqs.model.Message;

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
        assertThat(outbox.sweep(Duration.ZERO)).isZero();
    }

    @Test
    void sweep_sendsEventsWhoseDeliveryNeverHappened_once() {
        Instant committedAt = Instant.now().minusSeconds(120);
        OutboxEvent event = event();
        aws.dynamoDb().transactWriteItems(tx -> tx.transactItems(stateChange(), outboxAt(committedAt).record(event)));
        // the sender died here: no deliver()

        Outbox later = outboxAt(Instant.now());
        assertThat(later.sweep(Duration.ofSeconds(30))).isEqualTo(1);
        assertThat(received()).extracting(Message::body).containsExactly(event.body());
        assertThat(later.sweep(Duration.ofSeconds(30))).isZero();
    }

    @Test
    void sweep_leavesRecentEventsToTheirOwnDelivery() {
        Outbox outbox = outboxAt(Instant.now());
        OutboxEvent event = event();
        aws.dynamoDb().transactWriteItems(tx -> tx.transactItems(outbox.record(event)));

        assertThat(outbox.sweep(Duration.ofSeconds(30))).isZero();
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

        assertThat(outbox.sweep(Duration.ZERO)).isZero();
        assertThat(received()).isEmpty();
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
