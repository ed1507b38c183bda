package cloud.citizen.bills.api;

import static cloud.citizen.bills.testing.BillsFixtures.billStatus;
import static cloud.citizen.bills.testing.BillsFixtures.household;
import static cloud.citizen.bills.testing.BillsFixtures.pay;
import static cloud.citizen.bills.testing.BillsFixtures.paymentStatus;
import static cloud.citizen.bills.testing.BillsFixtures.receiptWorkerRuns;
import static cloud.citizen.bills.testing.BillsFixtures.sandboxConfirms;
import static cloud.citizen.bills.testing.BillsFixtures.startSandboxPayment;
import static cloud.citizen.bills.testing.BillsFixtures.stateItemCount;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cloud.citizen.bills.testing.BillsFixtures.Household;
import cloud.citizen.bills.testing.BillsFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Paying a bill end to end: sandbox provider, signed callback, paid bill, receipt and its link. */
@QuarkusTest
@EmulatedAwsTest(parameters = BillsFixtures.SANDBOX_ON)
class PaymentsTest {

    @Test
    void pay_withSandbox_confirmsByCallback_paysTheBill_andTheReceiptLinkDownloadsIt() throws Exception {
        Household household = household(12850);

        Response created = pay(household.token(), household.billId(), "sandbox", BillsFixtures.newIdempotencyKey());

        created.then().statusCode(201).header("Location", endsWith("/v1/payments/" + created.path("paymentId")))
                .body("billId", equalTo(household.billId())).body("amountFen", equalTo(12850))
                .body("status", equalTo("pending")).body("payUrl", startsWith("https://"));
        String paymentId = created.path("paymentId");
        assertThat(billStatus(household.billId())).isEqualTo("unpaid");

        sandboxConfirms(paymentId);

        assertThat(paymentStatus(paymentId)).isEqualTo("succeeded");
        given().auth().oauth2(household.token()).get("/v1/bills/" + household.billId()).then()
                .body("status", equalTo("paid"));
        given().auth().oauth2(household.token()).get("/v1/payments/" + paymentId).then().statusCode(200)
                .body("status", equalTo("succeeded")).body("receiptUrl", nullValue());

        receiptWorkerRuns(paymentId);

        String receiptUrl = given().auth().oauth2(household.token()).get("/v1/payments/" + paymentId).then()
                .statusCode(200).body("status", equalTo("succeeded")).extract().path("receiptUrl");
        assertThat(receiptUrl).contains("receipts/" + paymentId + ".html").contains("X-Amz-Expires=300");
        HttpResponse<String> download = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(receiptUrl)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).contains(paymentId, household.billId(), "¥128.50", "天府市民云");
        assertThat(EmulatedAwsResource.aws().s3().headObject(head -> head.bucket(BillsFixtures.receiptsBucket())
                .key("receipts/" + paymentId + ".html")).contentLength()).isPositive();
    }

    @Test
    void pay_billAlreadyPaid_returns409BillAlreadyPaid() {
        Household household = household(4630);
        String paymentId = startSandboxPayment(household);
        sandboxConfirms(paymentId);

        pay(household.token(), household.billId(), "sandbox", BillsFixtures.newIdempotencyKey()).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("BILL_ALREADY_PAID"));
    }

    @Test
    void pay_whileAnotherPaymentIsPending_returns409PaymentInProgress() {
        Household household = household(4630);
        startSandboxPayment(household);

        pay(household.token(), household.billId(), "sandbox", BillsFixtures.newIdempotencyKey()).then().statusCode(409)
                .body("code", equalTo("PAYMENT_IN_PROGRESS"));
    }

    @Test
    void pay_declinedBySandbox_failsThePayment_andTheBillCanBePaidAgain() {
        Household household = household(BillsFixtures.newAccount("DECLINE-"), 3300);
        String paymentId = startSandboxPayment(household);

        sandboxConfirms(paymentId);

        given().auth().oauth2(household.token()).get("/v1/payments/" + paymentId).then().statusCode(200)
                .body("status", equalTo("failed")).body("failureReason", equalTo("card_declined"))
                .body("receiptUrl", nullValue());
        assertThat(billStatus(household.billId())).isEqualTo("unpaid");
        pay(household.token(), household.billId(), "sandbox", BillsFixtures.newIdempotencyKey()).then().statusCode(201);
    }

    @Test
    void pay_sameKeyAgain_returnsTheFirstResponse() {
        Household household = household(4630);
        String key = BillsFixtures.newIdempotencyKey();

        Response first = pay(household.token(), household.billId(), "sandbox", key);
        Response again = pay(household.token(), household.billId(), "sandbox", key);

        first.then().statusCode(201);
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.asString()).isEqualTo(first.asString());
    }

    @Test
    void pay_sameKeyOtherBody_returns422IdempotencyKeyReused() {
        Household household = household(4630);
        String key = BillsFixtures.newIdempotencyKey();
        pay(household.token(), household.billId(), "sandbox", key).then().statusCode(201);

        pay(household.token(), household.billId(), "wechat", key).then().statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void pay_withoutIdempotencyKey_returns400_andWritesNothing() {
        Household household = household(4630);
        int before = stateItemCount();

        given().auth().oauth2(household.token()).contentType(ContentType.JSON).body(Map.of("method", "sandbox"))
                .post("/v1/bills/" + household.billId() + "/payments").then().statusCode(400)
                .body("code", equalTo("IDEMPOTENCY_KEY_REQUIRED"));

        assertThat(stateItemCount()).isEqualTo(before);
    }

    @Test
    void pay_withProviderNotConnectedHere_returns422_andWritesNothing() {
        Household household = household(4630);
        int before = stateItemCount();

        for (String method : new String[] { "alipay", "wechat", "unionpay" }) {
            pay(household.token(), household.billId(), method, BillsFixtures.newIdempotencyKey()).then().statusCode(422)
                    .body("code", equalTo("PAYMENT_METHOD_UNAVAILABLE"));
        }

        assertThat(stateItemCount()).isEqualTo(before);
        assertThat(billStatus(household.billId())).isEqualTo("unpaid");
    }

    @Test
    void history_listsMyPaymentsNewestFirst_andPages() {
        Household household = household(BillsFixtures.newAccount("DECLINE-"), 3300);
        String first = startSandboxPayment(household);
        sandboxConfirms(first);
        String second = startSandboxPayment(household);

        given().auth().oauth2(household.token()).get("/v1/payments").then().statusCode(200)
                .body("items.paymentId", equalTo(java.util.List.of(second, first)))
                .body("items[0].status", equalTo("pending")).body("items[1].status", equalTo("failed"))
                .body("nextCursor", nullValue());
        String cursor = given().auth().oauth2(household.token()).queryParam("limit", 1).get("/v1/payments").then()
                .statusCode(200).body("items.paymentId", hasItem(second)).extract().path("nextCursor");
        given().auth().oauth2(household.token()).queryParam("limit", 1).queryParam("cursor", cursor)
                .get("/v1/payments").then().statusCode(200).body("items.paymentId", equalTo(java.util.List.of(first)));
    }

    @Test
    void succeededPayment_notifiesTheCitizen_throughTheNotificationsQueue() {
        Household household = household(5180);
        String paymentId = startSandboxPayment(household);

        sandboxConfirms(paymentId);

        var message = BillsFixtures.take(BillsFixtures.queue("NotificationsQueue"), body -> body.contains(household.userId()));
        assertThat(message.body()).contains("\"type\":\"user-message\"", "¥51.80", "\"eventId\"");
        BillsFixtures.delete(BillsFixtures.queue("NotificationsQueue"), message);
    }
}
