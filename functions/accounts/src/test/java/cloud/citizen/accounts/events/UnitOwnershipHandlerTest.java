package cloud.citizen.accounts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.accounts.testing.AccountsFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.emulator.testing.LambdaEvents;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The UnitOwnershipQueue consumer through its real entry point, built from its own function's
 * environment, with batches received from the emulated queue; the result is read through GET /v1/me.
 */
@QuarkusTest
@EmulatedAwsTest(parameters = AccountsFixtures.ONE_CLIENT_ADDRESS)
class UnitOwnershipHandlerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UnitOwnershipHandler handler = new UnitOwnershipHandler(
            AccountsFixtures.componentsOf("AccountsUnitOwnershipFunction"));

    @Test
    void unitOwnerBound_showsTheUnitInMe_withTheExactAreaAsANumber() throws Exception {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String userId = AccountsFixtures.me(citizen.accessToken()).path("userId");

        SQSBatchResponse response = handler.handleRequest(batchOf(bound(userId, "c-jinjiang-01", "unit-1-101", "89.50")),
                null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        String body = AccountsFixtures.me(citizen.accessToken()).then().statusCode(200)
                .body("units[0].communityId", equalTo("c-jinjiang-01")).body("units[0].unitId", equalTo("unit-1-101"))
                .body("units[0].building", equalTo("1")).body("units[0].number", equalTo("1-101"))
                .extract().asString();
        // a JSON number, with the decimal exactly as sent (never 89.5 through a double)
        assertThat(JSON.readTree(body).path("units").get(0).path("areaM2").isNumber()).isTrue();
        assertThat(body).contains("\"areaM2\":89.50");
    }

    @Test
    void unitOwnerRemoved_takesTheUnitOutOfMe() throws Exception {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String userId = AccountsFixtures.me(citizen.accessToken()).path("userId");
        handler.handleRequest(batchOf(bound(userId, "c-1", "unit-a", "60.00"), bound(userId, "c-1", "unit-b", "70.00")),
                null);

        handler.handleRequest(batchOf(removed(userId, "c-1", "unit-a")), null);

        AccountsFixtures.me(citizen.accessToken()).then().body("units.unitId", equalTo(List.of("unit-b")));
    }

    @Test
    void theSameMessageDeliveredTwice_countsOnce() throws Exception {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String userId = AccountsFixtures.me(citizen.accessToken()).path("userId");
        String body = bound(userId, "c-1", "unit-x", "50.00");
        handler.handleRequest(batchOf(body), null);

        SQSBatchResponse again = handler.handleRequest(batchOf(body), null);

        assertThat(again.getBatchItemFailures()).isEmpty();
        AccountsFixtures.me(citizen.accessToken()).then().body("units.size()", equalTo(1));
    }

    @Test
    void malformedMessages_failAlone_andTheRestOfTheBatchIsApplied() throws Exception {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String userId = AccountsFixtures.me(citizen.accessToken()).path("userId");
        List<Message> batch = receive(List.of("{not json",
                json(Map.of("type", "unit-owner-bound", "eventId", AccountsFixtures.newId("e-"), "userId", userId)),
                bound(userId, "c-1", "unit-ok", "40.00"),
                bound(userId, "c-1", "unit-bad-area", "-3")));

        SQSBatchResponse response = handler.handleRequest(LambdaEvents.sqs(batch), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactlyInAnyOrder(batch.get(0).messageId(), batch.get(1).messageId(), batch.get(3).messageId());
        AccountsFixtures.me(citizen.accessToken()).then().body("units.unitId", equalTo(List.of("unit-ok")));
    }

    private static String bound(String userId, String communityId, String unitId, String areaM2) throws Exception {
        return json(Map.of("type", "unit-owner-bound", "eventId", AccountsFixtures.newId("e-"), "userId", userId,
                "communityId", communityId, "unitId", unitId, "building", "1", "number",
                "1-" + unitId.substring(unitId.lastIndexOf('-') + 1), "areaM2", new BigDecimal(areaM2).toPlainString(),
                "occurredAt", Instant.now().toString()));
    }

    private static String removed(String userId, String communityId, String unitId) throws Exception {
        return json(Map.of("type", "unit-owner-removed", "eventId", AccountsFixtures.newId("e-"), "userId", userId,
                "communityId", communityId, "unitId", unitId,
                "occurredAt", Instant.now().toString()));
    }

    private static com.amazonaws.services.lambda.runtime.events.SQSEvent batchOf(String... bodies) {
        return LambdaEvents.sqs(receive(List.of(bodies)));
    }

    /**
     * Puts the bodies on UnitOwnershipQueue and receives them back, as Lambda's poller would (and
     * deletes them, as it does after the handler returns, so no later test receives them again).
     */
    private static List<Message> receive(List<String> bodies) {
        SqsClient sqs = EmulatedAwsResource.aws().sqs();
        String queue = AccountsFixtures.queueUrl("UnitOwnershipQueue");
        bodies.forEach(body -> sqs.sendMessage(send -> send.queueUrl(queue).messageBody(body)));
        List<Message> received = new ArrayList<>();
        while (received.size() < bodies.size()) {
            for (Message message : sqs.receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(10)
                    .waitTimeSeconds(1)).messages()) {
                sqs.deleteMessage(delete -> delete.queueUrl(queue).receiptHandle(message.receiptHandle()));
                if (bodies.contains(message.body())) {
                    received.add(message);
                }
            }
        }
        received.sort((a, b) -> Integer.compare(bodies.indexOf(a.body()), bodies.indexOf(b.body())));
        return received;
    }

    private static String json(Map<String, String> value) throws Exception {
        return JSON.writeValueAsString(value);
    }
}
