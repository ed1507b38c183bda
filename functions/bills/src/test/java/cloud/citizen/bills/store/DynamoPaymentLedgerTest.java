package cloud.citizen.bills.store;

import static cloud.citizen.bills.testing.BillsFixtures.billStatus;
import static cloud.citizen.bills.testing.BillsFixtures.household;
import static cloud.citizen.bills.testing.BillsFixtures.sandboxCallbackBody;
import static cloud.citizen.bills.testing.BillsFixtures.startSandboxPayment;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.services.sqs.model.Message;

import cloud.citizen.bills.BillsComponents;
import cloud.citizen.bills.domain.PaymentMethod;
import cloud.citizen.bills.domain.PaymentStatus;
import cloud.citizen.bills.store.payments.CallbackSignature;
import cloud.citizen.bills.testing.BillsFixtures.Household;
import cloud.citizen.bills.testing.BillsFixtures;
import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.platform.problem.Refusal;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The ledger's conditions are what pay a bill at most once: concurrent checkouts on real threads
 * and duplicate callbacks, through the use cases of the HTTP function built as it builds them.
 */
@QuarkusTest
@EmulatedAwsTest(parameters = BillsFixtures.SANDBOX_ON)
class DynamoPaymentLedgerTest {

    @Test
    void fiftyConcurrentPayments_onRealThreads_oneIsCreated_theRestGet409() throws Exception {
        Household household = household(4630);

        List<String> outcomes = Concurrently.run(50, i -> {
            try {
                return components().checkout().start(household.userId(), household.billId(), PaymentMethod.SANDBOX)
                        .paymentId();
            } catch (Refusal refusal) {
                return refusal.status() + " " + refusal.code();
            }
        });

        assertThat(outcomes.stream().filter(o -> o.startsWith("pay_"))).hasSize(1);
        assertThat(outcomes.stream().filter(o -> o.equals("409 PAYMENT_IN_PROGRESS"))).hasSize(49);
        assertThat(BillsFixtures.paymentCount(household.userId())).isEqualTo(1);
    }

    @Test
    void twentyConcurrentDuplicateCallbacks_settleThePaymentOnce() throws Exception {
        Household household = household(4630);
        String paymentId = startSandboxPayment(household);

        List<PaymentStatus> statuses = duplicateCallbacks(20, paymentId, 4630);

        assertThat(statuses).containsOnly(PaymentStatus.SUCCEEDED);
        assertThat(billStatus(household.billId())).isEqualTo("paid");
        assertThat(BillsFixtures.countMessages(BillsFixtures.queue("ReceiptQueue"), body -> body.contains(paymentId)))
                .isEqualTo(1);
    }

    @Test
    void twentyConcurrentDuplicateCallbacks_sendExactlyOneUsageToStats() throws Exception {
        Household household = household(12850);
        String paymentId = startSandboxPayment(household);

        duplicateCallbacks(20, paymentId, 12850);

        String statsQueue = BillsFixtures.queue("StatsQueue");
        List<Message> usages = BillsFixtures.takeAll(statsQueue, body -> body.contains(household.userId()),
                Duration.ofSeconds(2), 100);
        assertThat(usages).hasSize(1);
        JsonNode usage = new ObjectMapper().readTree(usages.get(0).body());
        assertThat(usage.path("type").asText()).isEqualTo("usage");
        assertThat(usage.path("kind").asText()).isEqualTo("payment");
        assertThat(usage.path("serviceId").asText()).isEqualTo("bills.water");
        assertThat(usage.path("amountFen").asLong()).isEqualTo(12850);
        assertThat(usage.path("eventId").asText()).isNotBlank();
        usages.forEach(message -> BillsFixtures.delete(statsQueue, message));
    }

    @Test
    void concurrentPaymentsForAPaidBill_allGet409BillAlreadyPaid() throws Exception {
        Household household = household(4630);
        String paymentId = startSandboxPayment(household);
        BillsFixtures.signedSandboxCallback(sandboxCallbackBody(paymentId, 4630, "succeeded")).then()
                .statusCode(200);

        List<String> outcomes = Concurrently.run(20, i -> {
            try {
                return components().checkout().start(household.userId(), household.billId(), PaymentMethod.SANDBOX)
                        .paymentId();
            } catch (Refusal refusal) {
                return refusal.code();
            }
        });

        assertThat(outcomes).containsOnly("BILL_ALREADY_PAID");
    }

    @Test
    void lateSuccess_afterTheHoldWasTakenOver_paysTheUnpaidBill_andTheOtherPaymentsSuccessIsOwedBack() {
        Household household = household(4630);
        String late = startSandboxPayment(household);
        BillsFixtures.expireHold(household.billId());
        String takeover = startSandboxPayment(household);

        BillsFixtures.signedSandboxCallback(sandboxCallbackBody(late, 4630, "succeeded")).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("succeeded"));

        assertThat(billStatus(household.billId())).isEqualTo("paid");
        assertThat(BillsFixtures.item("BILL#" + household.billId(), "BILL").get("paidPaymentId").s()).isEqualTo(late);
        assertThat(BillsFixtures.item("REFUND#" + late, "REFUND")).isEmpty();

        BillsFixtures.signedSandboxCallback(sandboxCallbackBody(takeover, 4630, "succeeded")).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("failed"));

        assertThat(BillsFixtures.item("PAYMENT#" + takeover, "PAYMENT").get("failureReason").s())
                .isEqualTo("refund_pending");
        var refund = BillsFixtures.item("REFUND#" + takeover, "REFUND");
        assertThat(refund.get("amountFen").n()).isEqualTo("4630");
        assertThat(refund.get("userId").s()).isEqualTo(household.userId());
        assertThat(refund.get("providerReference").s()).isEqualTo("sbx_" + takeover);
        assertThat(refundsListedForAdmins()).contains(takeover).doesNotContain(late);
        assertThat(BillsFixtures.countMessages(BillsFixtures.queue("ReceiptQueue"),
                body -> body.contains(late) || body.contains(takeover))).isEqualTo(1);
    }

    @Test
    void concurrentSuccessesOfTwoPaymentsForOneBill_oneSettles_theOtherIsOwedBackOnce() throws Exception {
        Household household = household(4630);
        String first = startSandboxPayment(household);
        BillsFixtures.expireHold(household.billId());
        String second = startSandboxPayment(household);
        byte[][] bodies = { signedBody(first), signedBody(second) };
        String[] signatures = { sign(bodies[0]), sign(bodies[1]) };

        List<PaymentStatus> statuses = Concurrently.run(40, i -> components().paymentCallbacks()
                .accept("sandbox", bodies[i % 2], Map.of(CallbackSignature.SIGNATURE_HEADER, signatures[i % 2])::get)
                .status());

        String paidBy = BillsFixtures.item("BILL#" + household.billId(), "BILL").get("paidPaymentId").s();
        String owed = paidBy.equals(first) ? second : first;
        assertThat(List.of(first, second)).contains(paidBy);
        assertThat(BillsFixtures.paymentStatus(paidBy)).isEqualTo("succeeded");
        assertThat(BillsFixtures.paymentStatus(owed)).isEqualTo("failed");
        assertThat(statuses).containsOnly(PaymentStatus.SUCCEEDED, PaymentStatus.FAILED);
        assertThat(BillsFixtures.item("REFUND#" + owed, "REFUND")).isNotEmpty();
        assertThat(BillsFixtures.item("REFUND#" + paidBy, "REFUND")).isEmpty();
        assertThat(refundsListedForAdmins().stream().filter(owed::equals)).hasSize(1);
        assertThat(BillsFixtures.countMessages(BillsFixtures.queue("ReceiptQueue"),
                body -> body.contains(first) || body.contains(second))).isEqualTo(1);
    }

    private static byte[] signedBody(String paymentId) {
        return sandboxCallbackBody(paymentId, 4630, "succeeded").getBytes(StandardCharsets.UTF_8);
    }

    private static String sign(byte[] body) {
        return new CallbackSignature(BillsFixtures.sandboxSecret()).sign(body);
    }

    /** Every payment id on the admins' refund list, all pages. */
    private static List<String> refundsListedForAdmins() {
        String admin = BillsFixtures.tokens().admin(BillsFixtures.newUser());
        List<String> ids = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = io.restassured.RestAssured.given().auth().oauth2(admin).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/v1/payments/refunds-needed").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.paymentId"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }

    private static BillsComponents components() {
        return BillsFixtures.componentsOf("BillsFunction");
    }

    /** The same signed success callback, delivered {@code copies} times at once. */
    private List<PaymentStatus> duplicateCallbacks(int copies, String paymentId, long amountFen) throws Exception {
        byte[] body = sandboxCallbackBody(paymentId, amountFen, "succeeded").getBytes(StandardCharsets.UTF_8);
        String signature = new CallbackSignature(BillsFixtures.sandboxSecret()).sign(body);
        Map<String, String> headers = Map.of(CallbackSignature.SIGNATURE_HEADER, signature);
        return Concurrently.run(copies,
                i -> components().paymentCallbacks().accept("sandbox", body, headers::get).status());
    }
}
