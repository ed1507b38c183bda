package cloud.citizen.bills.api;

import static cloud.citizen.bills.testing.BillsFixtures.household;
import static cloud.citizen.bills.testing.BillsFixtures.newUser;
import static cloud.citizen.bills.testing.BillsFixtures.startSandboxPayment;
import static cloud.citizen.bills.testing.BillsFixtures.tokens;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cloud.citizen.bills.testing.BillsFixtures.Household;
import cloud.citizen.bills.testing.BillsFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Deny by default: every route needs a valid token (callbacks a valid signature), and a citizen's
 * bills and payments do not exist for anyone else, whatever their role (404, not 403).
 */
@QuarkusTest
@EmulatedAwsTest(parameters = BillsFixtures.SANDBOX_ON)
class AccessRulesTest {
    private Household owner;
    private String paymentId;

    @BeforeEach
    void ownerWithAPendingPayment() {
        owner = household(4630);
        paymentId = startSandboxPayment(owner);
    }

    static List<String> callersWithoutAValidToken() {
        return List.of("anonymous", "expired", "foreign-key", "garbage");
    }

    @ParameterizedTest
    @MethodSource("callersWithoutAValidToken")
    void everyCitizenRoute_withoutAValidToken_returns401(String who) {
        for (String route : List.of("POST /v1/bill-accounts", "GET /v1/bill-accounts",
                "DELETE /v1/bill-accounts/" + owner.provider() + "/" + owner.account(), "GET /v1/bills",
                "GET /v1/bills/" + owner.billId(), "POST /v1/bills/" + owner.billId() + "/payments", "GET /v1/payments",
                "GET /v1/payments/" + paymentId, "GET /v1/payments/refunds-needed")) {
            String[] parts = route.split(" ");
            RequestSpecification request = as(who).header("Idempotency-Key", BillsFixtures.newIdempotencyKey());
            if (parts[0].equals("POST")) {
                request.contentType(ContentType.JSON).body("{\"method\":\"sandbox\",\"provider\":\"x\",\"accountNumber\":\"y1234\"}");
            }
            request.request(parts[0], parts[1]).then().statusCode(401).contentType("application/problem+json")
                    .body("code", equalTo("UNAUTHENTICATED"));
        }
    }

    @Test
    void callbackRoute_isPublic_butNeedsTheProvidersSignature() {
        given().contentType(ContentType.JSON).body(BillsFixtures.sandboxCallbackBody(paymentId, 4630, "succeeded"))
                .post("/v1/payments/callbacks/sandbox").then().statusCode(401).body("code", equalTo("BAD_SIGNATURE"));
    }

    static List<String> otherCallers() {
        return List.of("citizen", "staff", "admin");
    }

    @ParameterizedTest
    @MethodSource("otherCallers")
    void someoneElsesBillAndPayment_areNotFound_forEveryRole(String role) {
        String token = switch (role) {
            case "staff" -> tokens().staff(newUser(), "community-1");
            case "admin" -> tokens().admin(newUser());
            default -> tokens().citizen(newUser());
        };

        given().auth().oauth2(token).get("/v1/bills/" + owner.billId()).then().statusCode(404)
                .body("code", equalTo("BILL_NOT_FOUND"));
        BillsFixtures.pay(token, owner.billId(), "sandbox", BillsFixtures.newIdempotencyKey()).then().statusCode(404)
                .body("code", equalTo("BILL_NOT_FOUND"));
        given().auth().oauth2(token).get("/v1/payments/" + paymentId).then().statusCode(404)
                .body("code", equalTo("PAYMENT_NOT_FOUND"));
        given().auth().oauth2(token).get("/v1/bills").then().statusCode(200)
                .body("items.billId", not(hasItem(owner.billId())));
        given().auth().oauth2(token).get("/v1/payments").then().statusCode(200)
                .body("items.paymentId", not(hasItem(paymentId)));
        BillsFixtures.bind(token, owner.provider(), owner.account(), "李四").then().statusCode(404)
                .body("code", equalTo("ACCOUNT_NOT_FOUND"));
        given().auth().oauth2(token).delete("/v1/bill-accounts/" + owner.provider() + "/" + owner.account()).then()
                .statusCode(404).body("code", equalTo("ACCOUNT_NOT_FOUND"));
        given().auth().oauth2(token).get("/v1/bill-accounts").then().statusCode(200)
                .body("items.accountNumber", not(hasItem(owner.account())));
        given().auth().oauth2(owner.token()).get("/v1/bills/" + owner.billId()).then().statusCode(200);
    }

    @ParameterizedTest
    @MethodSource("nonAdmins")
    void refundsNeeded_isForAdminsOnly(String role) {
        String token = role.equals("staff") ? tokens().staff(newUser(), "community-1") : tokens().citizen(newUser());

        given().auth().oauth2(token).get("/v1/payments/refunds-needed").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(tokens().admin(newUser())).get("/v1/payments/refunds-needed").then().statusCode(200);
    }

    static List<String> nonAdmins() {
        return List.of("citizen", "staff");
    }

    @Test
    void owner_seesTheirBillAndPayment() {
        given().auth().oauth2(owner.token()).get("/v1/bills/" + owner.billId()).then().statusCode(200);
        given().auth().oauth2(owner.token()).get("/v1/payments/" + paymentId).then().statusCode(200)
                .body("status", equalTo("pending"));
    }

    private static RequestSpecification as(String who) {
        return switch (who) {
            case "expired" -> given().auth().oauth2(tokens().expired(newUser()));
            case "foreign-key" -> given().auth().oauth2(tokens().signedWithForeignKey(newUser()));
            case "garbage" -> given().headers(Map.of("Authorization", "Bearer not.a.token"));
            default -> given();
        };
    }
}
