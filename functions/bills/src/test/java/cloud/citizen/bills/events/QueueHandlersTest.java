package cloud.citizen.bills.events;

import static cloud.citizen.bills.testing.BillsFixtures.household;
import static cloud.citizen.bills.testing.BillsFixtures.paymentStatus;
import static cloud.citizen.bills.testing.BillsFixtures.queue;
import static cloud.citizen.bills.testing.BillsFixtures.startSandboxPayment;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.sqs.model.Message;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;

import cloud.citizen.bills.BillsSettings;
import cloud.citizen.bills.service.ReceiptIssuer;
import cloud.citizen.bills.testing.BillsFixtures.Household;
import cloud.citizen.bills.testing.BillsFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.emulator.testing.LambdaEvents;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The receipt worker and the sandbox gateway through their Lambda entry points (SQS batches),
 * each built from its own function's environment in template.yaml.
 */
@QuarkusTest
@EmulatedAwsTest(parameters = BillsFixtures.SANDBOX_ON)
class QueueHandlersTest {

    @Test
    void receiptWorker_redeliveredEvent_writesTheSameReceiptOnce() {
        Household household = household(4630);
        String paymentId = startSandboxPayment(household);
        BillsFixtures.sandboxConfirms(paymentId);
        Message event = BillsFixtures.take(queue("ReceiptQueue"), body -> body.contains(paymentId));

        SQSBatchResponse first = BillsFixtures.receiptWorker().handleRequest(LambdaEvents.sqs(event), null);
        String receipt = receipt(paymentId);
        SQSBatchResponse again = BillsFixtures.receiptWorker().handleRequest(LambdaEvents.sqs(event), null);

        assertThat(first.getBatchItemFailures()).isEmpty();
        assertThat(again.getBatchItemFailures()).isEmpty();
        assertThat(receipt(paymentId)).isEqualTo(receipt).contains(paymentId);
        BillsFixtures.delete(queue("ReceiptQueue"), event);
    }

    @Test
    void receiptWorker_reportsOnlyThePoisonMessagesOfABatch() {
        Household household = household(4630);
        String paymentId = startSandboxPayment(household);
        BillsFixtures.sandboxConfirms(paymentId);
        Message good = BillsFixtures.take(queue("ReceiptQueue"), body -> body.contains(paymentId));
        Message notJson = send("ReceiptQueue", "not json " + BillsFixtures.newId());
        Message unknownPayment = send("ReceiptQueue", good.body().replace(paymentId, "pay_unknown"
                + BillsFixtures.newId().replace("-", "")));

        SQSBatchResponse response = BillsFixtures.receiptWorker()
                .handleRequest(LambdaEvents.sqs(notJson, good, unknownPayment), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactlyInAnyOrder(notJson.messageId(), unknownPayment.messageId());
        BillsFixtures.delete(queue("ReceiptQueue"), good);
        BillsFixtures.delete(queue("ReceiptQueue"), notJson);
        BillsFixtures.delete(queue("ReceiptQueue"), unknownPayment);
    }

    @Test
    void poisonMessage_endsInTheDeadLetterQueue_afterFiveFailedDeliveries() {
        String marker = "poison-" + BillsFixtures.newId();
        EmulatedAwsResource.aws().sqs().sendMessage(s -> s.queueUrl(queue("ReceiptQueue")).messageBody(marker));

        for (int delivery = 1; delivery <= 5; delivery++) {
            Message message = BillsFixtures.take(queue("ReceiptQueue"), body -> body.equals(marker));
            SQSBatchResponse response = BillsFixtures.receiptWorker().handleRequest(LambdaEvents.sqs(message), null);
            assertThat(response.getBatchItemFailures()).hasSize(1);
            BillsFixtures.release(queue("ReceiptQueue"), message); // what the failure report makes Lambda do
        }

        // the sixth receive moves it to the DLQ (maxReceiveCount 5 in template.yaml)
        assertThat(BillsFixtures.takeAll(queue("ReceiptQueue"), body -> body.equals(marker), Duration.ofSeconds(2), 1)).isEmpty();
        Message dead = BillsFixtures.take(queue("ReceiptDeadLetterQueue"), body -> body.equals(marker));
        BillsFixtures.delete(queue("ReceiptDeadLetterQueue"), dead);
    }

    @Test
    void sandboxBank_callbackRefusedByTheApi_isNotRetried() {
        Message request = send("SandboxProviderQueue", "{\"eventId\":\"e1\",\"paymentId\":\"pay_missing"
                + BillsFixtures.newId().replace("-", "") + "\",\"amountFen\":100,\"accountNumber\":\"A1001\"}");

        SQSBatchResponse response = BillsFixtures.sandboxBank().handleRequest(LambdaEvents.sqs(request), null);

        assertThat(response.getBatchItemFailures()).isEmpty(); // 404 from the API: a provider gives up
        BillsFixtures.delete(queue("SandboxProviderQueue"), request);
    }

    @Test
    void sandboxBank_apiUnreachable_reportsTheMessageForRetry_andThePaymentStaysPending() {
        Household household = household(4630);
        String paymentId = startSandboxPayment(household);
        Message request = BillsFixtures.take(queue("SandboxProviderQueue"), body -> body.contains(paymentId));
        Map<String, String> variables = new HashMap<>(EmulatedAwsResource.stack()
                .environmentOf("SandboxProviderFunction"));
        variables.put(BillsSettings.CALLBACK_BASE_URL, "http://127.0.0.1:9");
        SandboxBankHandler unreachable = new SandboxBankHandler(BillsFixtures.componentsWith(variables));

        SQSBatchResponse response = unreachable.handleRequest(LambdaEvents.sqs(request), null);

        assertThat(response.getBatchItemFailures()).hasSize(1);
        assertThat(paymentStatus(paymentId)).isEqualTo("pending");
        BillsFixtures.delete(queue("SandboxProviderQueue"), request);
    }

    private static Message send(String queueLogicalId, String body) {
        return BillsFixtures.send(queue(queueLogicalId), body);
    }

    private static String receipt(String paymentId) {
        return EmulatedAwsResource.aws().s3().getObjectAsBytes(get -> get.bucket(BillsFixtures.receiptsBucket())
                .key(ReceiptIssuer.keyFor(paymentId))).asString(StandardCharsets.UTF_8);
    }
}
