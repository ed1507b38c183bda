package cloud.citizen.bills.api;

import static cloud.citizen.bills.testing.BillsWorld.billStatus;
import static cloud.citizen.bills.testing.BillsWorld.household;
import static cloud.citizen.bills.testing.BillsWorld.pay;
import static cloud.citizen.bills.testing.BillsWorld.sandboxCallbackBody;
import static cloud.citizen.bills.testing.BillsWorld.startSandboxPayment;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.bills.domain.PaymentMethod;
import cloud.citizen.bills.domain.PaymentStatus;
import cloud.citizen.bills.providers.CallbackSignature;
import cloud.citizen.bills.service.Checkout;
import cloud.citizen.bills.service.PaymentCallbacks;
import cloud.citizen.bills.testing.BillsWorld;
import cloud.citizen.bills.testing.BillsWorld.Household;
import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.platform.problem.Refusal;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A bill is paid at most once, whatever concurrent requests and duplicate callbacks do. */
@QuarkusTest
@EmulatedAwsTest
class ConcurrentPaymentTest {
    @Inject
    Checkout checkout;
    @Inject
    PaymentCallbacks callbacks;

    @Test
    void fiftyConcurrentPayments_onRealThreads_oneIsCreated_theRestGet409() throws Exception {
        Household household = household(4630);

        List<String> outcomes = Concurrently.run(50, i -> {
            try {
                return checkout.start(household.userId(), household.billId(), PaymentMethod.SANDBOX).paymentId();
            } catch (Refusal refusal) {
                return refusal.status() + " " + refusal.code();
            }
        });

        assertThat(outcomes.stream().filter(o -> o.startsWith("pay_"))).hasSize(1);
        assertThat(outcomes.stream().filter(o -> o.equals("409 PAYMENT_IN_PROGRESS"))).hasSize(49);
        assertThat(paymentsOf(household)).isEqualTo(1);
    }

    @Test
    void fiftyConcurrentPayRequests_overHttp_withDifferentKeys_oneIs201_theRestAre409() throws Exception {
        Household household = household(4630);

        List<Response> responses = Concurrently.run(50,
                i -> pay(household.token(), household.billId(), "sandbox", UUID.randomUUID().toString()));

        assertThat(responses.stream().filter(r -> r.statusCode() == 201)).hasSize(1);
        assertThat(responses.stream().filter(r -> r.statusCode() == 409)
                .filter(r -> "PAYMENT_IN_PROGRESS".equals(r.path("code")))).hasSize(49);
        assertThat(paymentsOf(household)).isEqualTo(1);
    }

    @Test
    void twentyConcurrentDuplicateCallbacks_settleThePaymentOnce() throws Exception {
        Household household = household(4630);
        String paymentId = startSandboxPayment(household);
        byte[] body = sandboxCallbackBody(paymentId, 4630, "succeeded").getBytes(StandardCharsets.UTF_8);
        String signature = new CallbackSignature(BillsWorld.sandboxSecret()).sign(body);
        Map<String, String> headers = Map.of(CallbackSignature.SIGNATURE_HEADER, signature);

        List<PaymentStatus> statuses = Concurrently.run(20,
                i -> callbacks.accept("sandbox", body, headers::get).status());

        assertThat(statuses).containsOnly(PaymentStatus.SUCCEEDED);
        assertThat(billStatus(household.billId())).isEqualTo("paid");
        assertThat(CallbacksTest.receiptEventsFor(paymentId)).isEqualTo(1);
    }

    @Test
    void concurrentPaymentsForAPaidBill_allGet409BillAlreadyPaid() throws Exception {
        Household household = household(4630);
        String paymentId = startSandboxPayment(household);
        BillsWorld.signedSandboxCallback(sandboxCallbackBody(paymentId, 4630, "succeeded")).then()
                .statusCode(200);

        List<String> outcomes = Concurrently.run(20, i -> {
            try {
                return checkout.start(household.userId(), household.billId(), PaymentMethod.SANDBOX).paymentId();
            } catch (Refusal refusal) {
                return refusal.code();
            }
        });

        assertThat(outcomes).containsOnly("BILL_ALREADY_PAID");
    }

    private static int paymentsOf(Household household) {
        return BillsWorld.dynamo().query(query -> query.tableName(BillsWorld.table()).indexName("ByOwner")
                .keyConditionExpression("gsi1pk = :payer").select("COUNT")
                .expressionAttributeValues(Map.of(":payer",
                        software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("PAYER#" + household.userId()))))
                .count();
    }
}
