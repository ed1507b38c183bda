package cloud.citizen.bills.api;

import static cloud.citizen.bills.testing.BillsFixtures.household;
import static cloud.citizen.bills.testing.BillsFixtures.newUser;
import static cloud.citizen.bills.testing.BillsFixtures.stateItemCount;
import static cloud.citizen.bills.testing.BillsFixtures.tokens;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import cloud.citizen.bills.testing.BillsFixtures.Household;
import cloud.citizen.bills.testing.BillsFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Client mistakes get a 4xx problem+json naming the field, never a 500, and change no state. */
@QuarkusTest
@EmulatedAwsTest(parameters = BillsFixtures.SANDBOX_ON)
class BadInputTest {
    private Household household;
    private int itemsBefore;

    @BeforeEach
    void countItems() {
        household = household(4630);
        itemsBefore = stateItemCount();
    }

    private RequestSpecification citizen() {
        return given().auth().oauth2(household.token()).header("Idempotency-Key", BillsFixtures.newIdempotencyKey())
                .contentType(ContentType.JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{", "not json", "[]", "{\"method\": }", "{\"method\":\"sandbox\"} trailing", "null" })
    void malformedJson_returns400ValidationFailed(String body) {
        citizen().body(body).post("/v1/bills/" + household.billId() + "/payments").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
        citizen().body(body).post("/v1/bill-accounts").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
        assertThat(stateItemCount()).isEqualTo(itemsBefore);
    }

    @Test
    void unknownPaymentMethod_returns400ListingTheAllowedValues() {
        citizen().body(Map.of("method", "bitcoin")).post("/v1/bills/" + household.billId() + "/payments").then()
                .statusCode(400).body("errors[0].field", equalTo("method"))
                .body("errors[0].message", equalTo("must be one of: sandbox, alipay, wechat, unionpay"));
        citizen().body("{\"method\": 1}").post("/v1/bills/" + household.billId() + "/payments").then()
                .statusCode(400).body("errors.field", hasItem("method"));
        citizen().body("{}").post("/v1/bills/" + household.billId() + "/payments").then()
                .statusCode(400).body("errors.field", hasItem("method"));
        assertThat(stateItemCount()).isEqualTo(itemsBefore);
    }

    @Test
    void bindWithMissingOrBadFields_reportsEachField() {
        citizen().body("{}").post("/v1/bill-accounts").then().statusCode(400)
                .body("errors.field", hasItem("provider")).body("errors.field", hasItem("accountNumber"))
                .body("errors.field", hasItem("holderName"));
        citizen().body(Map.of("provider", "chengdu-water", "accountNumber", "W1001", "holderName", "\u0000\u200B"))
                .post("/v1/bill-accounts").then().statusCode(400).body("errors.field", hasItem("holderName"));
        citizen().body(Map.of("provider", "chengdu-water", "accountNumber", "W1001", "holderName", "张".repeat(65)))
                .post("/v1/bill-accounts").then().statusCode(400).body("errors.field", hasItem("holderName"));
        citizen().body(Map.of("provider", "Chengdu Water!", "accountNumber", "12#34")).post("/v1/bill-accounts")
                .then().statusCode(400).body("errors.field", hasItem("provider"))
                .body("errors.field", hasItem("accountNumber"));
        citizen().body("{\"provider\": 7, \"accountNumber\": \"W1001\"}").post("/v1/bill-accounts").then()
                .statusCode(400).body("errors.field", hasItem("provider"));
        assertThat(stateItemCount()).isEqualTo(itemsBefore);
    }

    @Test
    void bodyOver64KiB_returns413() {
        String big = "{\"method\":\"sandbox\",\"pad\":\"" + "x".repeat(70_000) + "\"}";
        citizen().body(big).post("/v1/bills/" + household.billId() + "/payments").then().statusCode(413)
                .body("code", equalTo("PAYLOAD_TOO_LARGE"));
        assertThat(stateItemCount()).isEqualTo(itemsBefore);
    }

    @Test
    void badListParameters_return400() {
        given().auth().oauth2(household.token()).queryParam("status", "overdue").get("/v1/bills").then()
                .statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(household.token()).queryParam("limit", "0").get("/v1/bills").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(household.token()).queryParam("limit", "abc").get("/v1/payments").then()
                .statusCode(400).body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(household.token()).queryParam("cursor", "forged.cursor").get("/v1/bills").then()
                .statusCode(400).body("code", equalTo("INVALID_CURSOR"));
        given().auth().oauth2(household.token()).queryParam("cursor", "bm9wZQ.bm9wZQ").get("/v1/payments").then()
                .statusCode(400).body("code", equalTo("INVALID_CURSOR"));
        given().auth().oauth2(household.token()).queryParam("cursor", "bm9wZQ.bm9wZQ").get("/v1/bill-accounts").then()
                .statusCode(400).body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void aCursorSentWithOtherFilters_orToAnotherList_returns400InvalidCursor() {
        BillsFixtures.importCsv(household.provider() + "," + household.account() + ",water,2026-09,100,2026-10-25\n");
        String unpaidCursor = given().auth().oauth2(household.token()).queryParam("status", "unpaid")
                .queryParam("limit", 1).get("/v1/bills").then().statusCode(200).extract().path("nextCursor");
        assertThat(unpaidCursor).isNotNull();

        for (String status : new String[] { "paid", "" }) {
            given().auth().oauth2(household.token()).queryParam("status", status).queryParam("cursor", unpaidCursor)
                    .get("/v1/bills").then().statusCode(400).body("code", equalTo("INVALID_CURSOR"));
        }
        given().auth().oauth2(household.token()).queryParam("cursor", unpaidCursor).get("/v1/payments").then()
                .statusCode(400).body("code", equalTo("INVALID_CURSOR"));
        given().auth().oauth2(tokens().citizen(newUser())).queryParam("status", "unpaid")
                .queryParam("cursor", unpaidCursor).get("/v1/bills").then().statusCode(400)
                .body("code", equalTo("INVALID_CURSOR"));
        given().auth().oauth2(household.token()).queryParam("status", "unpaid").queryParam("cursor", unpaidCursor)
                .get("/v1/bills").then().statusCode(200).body("items.size()", equalTo(1));
    }

    static List<String> impossibleIds() {
        return List.of("x".repeat(3 * 1024), "bill_" + "0".repeat(3 * 1024), "pay_" + "f".repeat(3 * 1024), "%00",
                "%E2%80%AE%F0%9F%98%80", "..%2F..", "a%20b%27%3B%20DROP", "%25%25", "%C3%28");
    }

    /** Every path parameter is checked for shape before anything is read: an id that cannot exist is a 404. */
    @ParameterizedTest
    @MethodSource("impossibleIds")
    void impossiblePathIds_areProblems_neverServerErrors(String id) {
        String token = household.token();
        List<Response> answers = List.of(
                raw(token).get("/v1/bills/" + id),
                raw(token).contentType(ContentType.JSON).body(Map.of("method", "sandbox"))
                        .post("/v1/bills/" + id + "/payments"),
                raw(token).get("/v1/payments/" + id),
                raw(null).contentType(ContentType.JSON).body("{}").post("/v1/payments/callbacks/" + id),
                raw(token).delete("/v1/bill-accounts/" + id + "/" + household.account()),
                raw(token).delete("/v1/bill-accounts/" + household.provider() + "/" + id));

        for (Response answer : answers) {
            assertThat(answer.statusCode()).as(answer.asString()).isBetween(400, 499);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(stateItemCount()).isEqualTo(itemsBefore);
    }

    private static RequestSpecification raw(String token) {
        RequestSpecification request = given().urlEncodingEnabled(false)
                .header("Idempotency-Key", BillsFixtures.newIdempotencyKey());
        return token == null ? request : request.auth().oauth2(token);
    }

    @Test
    void unknownRouteAndWrongMethod_areProblems() {
        given().auth().oauth2(tokens().citizen(newUser())).get("/v1/bills/x/y/z").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(tokens().citizen(newUser())).delete("/v1/bills").then().statusCode(405)
                .contentType("application/problem+json");
    }
}
