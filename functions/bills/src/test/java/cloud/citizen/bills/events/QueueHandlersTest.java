package cloud.citizen.bills.events;

import static cloud.citizen.bills.testing.BillsWorld.household;
import static cloud.citizen.bills.testing.BillsWorld.paymentStatus;
import static cloud.citizen.bills.testing.BillsWorld.queue;
import static cloud.citizen.bills.testing.BillsWorld.startSandboxPayment;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.sqs.model.Message;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;

import cloud.citizen.bills.providers.CallbackSignature;
import cloud.citizen.bills.providers.SandboxBank;
import cloud.citizen.bills.service.ReceiptIssuer;
import cloud.citizen.bills.testing.BillsWorld;
import cloud.citizen.bills.testing.BillsWorld.Household;
import cloud.citizen.emulator.testing.LambdaEvents;
import cloud.citizen.bills.testing.Queues;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/** The receipt worker and the sandbox provider through their Lambda entry points (SQS batches). */
@QuarkusTest
@EmulatedAwsTest
class QueueHandlersTest {

    @Test
    void receiptWorker_redeliveredEvent_writesTheSameReceiptOnce() {
        Household household = household(4630);
        String paymentId = startSandboxPayment(household);
        BillsWorld.sandboxConfirms(paymentId);
        Message event = Queues.take(queue("ReceiptQueue"), body -> body.contains(paymentId));

        SQSBatchResponse first = BillsWorld.receiptWorker().handleRequest(LambdaEvents.sqs(event), null);
        String receipt = receipt(paymentId);
        SQSBatchResponse again = BillsWorld.receiptWorker().handleRequest(LambdaEvents.sqs(event), null);

        assertThat(first.getBatchItemFailures()).isEmpty();
        assertThat(again.getBatchItemFailures()).isEmpty();
        assertThat(receipt(paymentId)).isEqualTo(receipt).contains(paymentId);
        Queues.delete(queue("ReceiptQueue"), event);
    }

    @Test
    void receiptWorker_reportsOnlyThePoisonMessagesOfABatch() {
        Household household = household(4630);
        String paymentId = startSandboxPayment(household);
        BillsWorld.sandboxConfirms(paymentId);
        Message good = Queues.take(queue("ReceiptQueue"), body -> body.contains(paymentId));
        Message notJson = send("ReceiptQueue", "not json " + UUID.randomUUID());
        Message unknownPayment = send("ReceiptQueue", good.body().replace(paymentId, "pay_unknown" + UUID.randomUUID()
                .toString().replace("-", "")));

        SQSBatchResponse response = BillsWorld.receiptWorker()
                .handleRequest(LambdaEvents.sqs(notJson, good, unknownPayment), null);

        assertThat(response.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactlyInAnyOrder(notJson.messageId(), unknownPayment.messageId());
        Queues.delete(queue("ReceiptQueue"), good);
        Queues.delete(queue("ReceiptQueue"), notJson);
        Queues.delete(queue("ReceiptQueue"), unknownPayment);
    }

    @Test
    void poisonMessage_endsInTheDeadLetterQueue_afterFiveFailedDeliveries() {
        String marker = "poison-" + UUID.randomUUID();
        EmulatedAwsResource.aws().sqs().sendMessage(s -> s.queueUrl(queue("ReceiptQueue")).messageBody(marker));

        for (int delivery = 1; delivery <= 5; delivery++) {
            Message message = Queues.take(queue("ReceiptQueue"), body -> body.equals(marker));
            SQSBatchResponse response = BillsWorld.receiptWorker().handleRequest(LambdaEvents.sqs(message), null);
            assertThat(response.getBatchItemFailures()).hasSize(1);
            Queues.release(queue("ReceiptQueue"), message); // what the failure report makes Lambda do
        }

        // the sixth receive moves it to the DLQ (maxReceiveCount 5 in template.yaml)
        assertThat(Queues.takeAll(queue("ReceiptQueue"), body -> body.equals(marker), Duration.ofSeconds(2), 1)).isEmpty();
        Message dead = Queues.take(queue("ReceiptDeadLetterQueue"), body -> body.equals(marker));
        Queues.delete(queue("ReceiptDeadLetterQueue"), dead);
    }

    @Test
    void sandboxProvider_callbackRefusedByTheApi_isNotRetried() {
        Message request = send("SandboxProviderQueue", "{\"eventId\":\"e1\",\"paymentId\":\"pay_missing" + UUID.randomUUID()
                .toString().replace("-", "") + "\",\"amountFen\":100,\"accountNumber\":\"A1001\"}");

        SQSBatchResponse response = BillsWorld.sandboxProvider().handleRequest(LambdaEvents.sqs(request), null);

        assertThat(response.getBatchItemFailures()).isEmpty(); // 404 from the API: a provider gives up
        Queues.delete(queue("SandboxProviderQueue"), request);
    }

    @Test
    void sandboxProvider_apiUnreachable_reportsTheMessageForRetry_andThePaymentStaysPending() {
        Household household = household(4630);
        String paymentId = startSandboxPayment(household);
        Message request = Queues.take(queue("SandboxProviderQueue"), body -> body.contains(paymentId));
        SandboxProviderHandler unreachable = new SandboxProviderHandler(new SandboxBank(
                new CallbackSignature(BillsWorld.sandboxSecret()), Clock.systemUTC()), "http://127.0.0.1:9");

        SQSBatchResponse response = unreachable.handleRequest(LambdaEvents.sqs(request), null);

        assertThat(response.getBatchItemFailures()).hasSize(1);
        assertThat(paymentStatus(paymentId)).isEqualTo("pending");
        Queues.delete(queue("SandboxProviderQueue"), request);
    }

    @Test
    void receiptIssuer_keyIsPerPayment() {
        assertThat(ReceiptIssuer.keyFor("pay_1")).isEqualTo("receipts/pay_1.html");
    }

    private static Message send(String queueLogicalId, String body) {
        EmulatedAwsResource.aws().sqs().sendMessage(s -> s.queueUrl(queue(queueLogicalId)).messageBody(body));
        return Queues.take(queue(queueLogicalId), body::equals);
    }

    private static String receipt(String paymentId) {
        return EmulatedAwsResource.aws().s3().getObjectAsBytes(get -> get.bucket(BillsWorld.receiptsBucket())
                .key(ReceiptIssuer.keyFor(paymentId))).asString(StandardCharsets.UTF_8);
    }
}
