package cloud.citizen.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** The conditions and transactions that the functions' invariants rely on behave as in DynamoDB. */
class DynamoDbInvariantsTest {

    private static EmulatedAws aws;
    private static DynamoDbClient dynamoDb;
    private static String table;

    @BeforeAll
    static void provision() {
        aws = EmulatedAws.start(EmulatorOptions.inMemory().withKind(EmulatorKind.EMBEDDED));
        dynamoDb = aws.dynamoDb();
        table = new Provisioner(TestFixtures.realTemplate(), aws, Map.of(), LocalSecrets.inMemory()).provision()
                .tableName("AccountsTable");
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void conditionalPut_refusesTheSecondWriteOfTheSameKey() {
        Map<String, AttributeValue> ballot = Map.of("pk", s("ELECTION#1"), "sk", s("UNIT#7"), "choice", s("A"));
        dynamoDb.putItem(b -> b.tableName(table).item(ballot).conditionExpression("attribute_not_exists(pk)"));

        assertThatThrownBy(() -> dynamoDb.putItem(b -> b.tableName(table)
                .item(Map.of("pk", s("ELECTION#1"), "sk", s("UNIT#7"), "choice", s("B")))
                .conditionExpression("attribute_not_exists(pk)")))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(dynamoDb.getItem(b -> b.tableName(table).key(key("ELECTION#1", "UNIT#7"))).item().get("choice").s())
                .isEqualTo("A");
    }

    @Test
    void transactWrite_whenOneConditionFails_appliesNothing() {
        dynamoDb.putItem(b -> b.tableName(table).item(Map.of("pk", s("SLOT#1"), "sk", s("META"),
                "booked", n("2"), "capacity", n("2"))));
        TransactWriteItem book = TransactWriteItem.builder().update(u -> u.tableName(table)
                .key(key("SLOT#1", "META"))
                .updateExpression("ADD booked :one")
                .conditionExpression("booked < #capacity")
                .expressionAttributeNames(Map.of("#capacity", "capacity")) // CAPACITY is a reserved word
                .expressionAttributeValues(Map.of(":one", n("1")))).build();
        TransactWriteItem booking = TransactWriteItem.builder().put(p -> p.tableName(table)
                .item(Map.of("pk", s("SLOT#1"), "sk", s("BOOKING#u1")))).build();

        assertThatThrownBy(() -> dynamoDb.transactWriteItems(b -> b.transactItems(book, booking)))
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> assertThat(e.cancellationReasons())
                        .extracting(reason -> reason.code()).containsExactly("ConditionalCheckFailed", "None"));
        assertThat(dynamoDb.getItem(b -> b.tableName(table).key(key("SLOT#1", "BOOKING#u1"))).hasItem()).isFalse();
        assertThat(dynamoDb.getItem(b -> b.tableName(table).key(key("SLOT#1", "META"))).item().get("booked").n())
                .isEqualTo("2");
    }

    @Test
    void transactWrite_whenAllConditionsHold_appliesEverything() {
        dynamoDb.putItem(b -> b.tableName(table).item(Map.of("pk", s("SLOT#2"), "sk", s("META"),
                "booked", n("0"), "capacity", n("1"))));
        dynamoDb.transactWriteItems(b -> b.transactItems(
                TransactWriteItem.builder().update(u -> u.tableName(table).key(key("SLOT#2", "META"))
                        .updateExpression("ADD booked :one").conditionExpression("booked < #capacity")
                        .expressionAttributeNames(Map.of("#capacity", "capacity"))
                        .expressionAttributeValues(Map.of(":one", n("1")))).build(),
                TransactWriteItem.builder().put(p -> p.tableName(table)
                        .item(Map.of("pk", s("SLOT#2"), "sk", s("BOOKING#u1")))
                        .conditionExpression("attribute_not_exists(pk)")).build()));

        assertThat(dynamoDb.getItem(b -> b.tableName(table).key(key("SLOT#2", "META"))).item().get("booked").n())
                .isEqualTo("1");
        assertThat(dynamoDb.getItem(b -> b.tableName(table).key(key("SLOT#2", "BOOKING#u1"))).hasItem()).isTrue();
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", s(pk), "sk", s(sk));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }
}
