package cloud.citizen.bills.api;

import static cloud.citizen.bills.testing.BillsFixtures.billStatus;
import static cloud.citizen.bills.testing.BillsFixtures.callback;
import static cloud.citizen.bills.testing.BillsFixtures.household;
import static cloud.citizen.bills.testing.BillsFixtures.paymentStatus;
import static cloud.citizen.bills.testing.BillsFixtures.sandboxCallbackBody;
import static cloud.citizen.bills.testing.BillsFixtures.signedSandboxCallback;
import static cloud.citizen.bills.testing.BillsFixtures.startSandboxPayment;
import static cloud.citizen.bills.testing.BillsFixtures.stateItemCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cloud.citizen.bills.store.payments.CallbackSignature;
import cloud.citizen.bills.testing.BillsFixtures.Household;
import cloud.citizen.bills.testing.BillsFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/** Provider callbacks change a payment exactly once, and only when genuine, fresh and for the bill's amount. */
@QuarkusTest
@EmulatedAwsTest(parameters = BillsFixtures.SANDBOX_ON)
class CallbacksTest {

    @Test
    void genuineCallback_settlesThePayment_andAnnouncesItOnce() {
        Household household = household(4630);
        String paymentId = startSandboxPayment(household);
        String body = sandboxCallbackBody(paymentId, 4630, "succeeded");

        signedSandboxCallback(body).then().statusCode(200)
                .body("paymentId", equalTo(paymentId)).body("status", equalTo("succeeded"));
        signedSandboxCallback(body).then().statusCode(200).body("status", equalTo("succeeded"));
        signedSandboxCallback(sandboxCallbackBody(paymentId, 4630, "succeeded")).then()
                .statusCode(200).body("status", equalTo("succeeded"));

        assertThat(billStatus(household.billId())).isEqualTo("paid");
        assertThat(BillsFixtures.item("BILL#" + household.billId(), "BILL").get("paidPaymentId").s()).isEqualTo(paymentId);
        assertThat(receiptEventsFor(paymentId)).isEqualTo(1);
    }

    @Test
    void declineAfterSuccess_changesNothing() {
        Household household = household(4630);
        String paymentId = startSandboxPayment(household);
        signedSandboxCallback(sandboxCallbackBody(paymentId, 4630, "succeeded")).then().statusCode(200);

        signedSandboxCallback(sandboxCallbackBody(paymentId, 4630, "declined")).then().statusCode(200)
                .body("status", equalTo("succeeded"));

        assertThat(paymentStatus(paymentId)).isEqualTo("succeeded");
        assertThat(billStatus(household.billId())).isEqualTo("paid");
    }

    @Test
    void forgedSignature_returns401BadSignature_andChangesNothing() {
        Household household = household(4630);
        String paymentId = startSandboxPayment(household);
        String body = sandboxCallbackBody(paymentId, 4630, "succeeded");
        String forged = new CallbackSignature("not-the-sandbox-secret-at-all").sign(body.getBytes(StandardCharsets.UTF_8));
        int before = stateItemCount();

        callback("sandbox", body, forged).then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("BAD_SIGNATURE"));
        callback("sandbox", body, null).then().statusCode(401).body("code", equalTo("BAD_SIGNATURE"));

        assertUnchanged(household, paymentId, before);
    }

    @Test
    void replayedOldCallback_returns401BadSignature_andChangesNothing() {
        Household household = household(4630);
        String paymentId = startSandboxPayment(household);
        int before = stateItemCount();

        signedSandboxCallback(sandboxCallbackBody(paymentId, 4630, "succeeded", Instant.now().minus(Duration.ofMinutes(6))))
                .then().statusCode(401).body("code", equalTo("BAD_SIGNATURE"));

        assertUnchanged(household, paymentId, before);
    }

    @Test
    void amountOtherThanTheBills_returns422AmountMismatch_andChangesNothing() {
        Household household = household(4630);
        String paymentId = startSandboxPayment(household);
        int before = stateItemCount();

        signedSandboxCallback(sandboxCallbackBody(paymentId, 4629, "succeeded")).then().statusCode(422)
                .body("code", equalTo("AMOUNT_MISMATCH"));

        assertUnchanged(household, paymentId, before);
    }

    @Test
    void callbackForAPaymentNeverCreated_returns404_andChangesNothing() {
        int before = stateItemCount();

        signedSandboxCallback(sandboxCallbackBody("pay_never_created", 4630, "succeeded")).then()
                .statusCode(404).body("code", equalTo("PAYMENT_NOT_FOUND"));

        assertThat(stateItemCount()).isEqualTo(before);
    }

    @Test
    void callbackToAProviderNotConnected_returns404() {
        callback("alipay", "{}", "00").then().statusCode(404).body("code", equalTo("PAYMENT_PROVIDER_NOT_FOUND"));
        callback("paypal", "{}", "00").then().statusCode(404).body("code", equalTo("PAYMENT_PROVIDER_NOT_FOUND"));
    }

    private static void assertUnchanged(Household household, String paymentId, int itemsBefore) {
        assertThat(paymentStatus(paymentId)).isEqualTo("pending");
        assertThat(billStatus(household.billId())).isEqualTo("unpaid");
        assertThat(stateItemCount()).isEqualTo(itemsBefore);
        assertThat(receiptEventsFor(paymentId)).isZero();
    }

    /** PaymentSucceeded events queued for this payment (the outbox delivers them before the response). */
    static int receiptEventsFor(String paymentId) {
        return BillsFixtures.countMessages(BillsFixtures.queue("ReceiptQueue"), body -> body.contains(paymentId));
    }
}
