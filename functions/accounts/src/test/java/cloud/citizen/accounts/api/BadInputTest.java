package cloud.citizen.accounts.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.accounts.testing.AccountsFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Client mistakes get a 4xx problem+json naming the field, never a 500, and write nothing. */
@QuarkusTest
@EmulatedAwsTest(parameters = AccountsFixtures.ONE_CLIENT_ADDRESS)
class BadInputTest {
    private int itemsBefore;

    @BeforeEach
    void countItems() {
        itemsBefore = itemCount();
    }

    @ParameterizedTest
    @ValueSource(strings = { "{", "not json", "[]", "{\"phone\": }", "{\"phone\":\"13900000001\"} trailing" })
    void malformedJson_returns400ValidationFailed(String body) {
        given().contentType(ContentType.JSON).body(body).post("/v1/auth/register").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"))
                .body("status", equalTo(400));
        assertThat(itemCount()).isEqualTo(itemsBefore);
    }

    @Test
    void wrongType_returns400NamingTheField() {
        given().contentType(ContentType.JSON).body("{\"phone\": 13900000001, \"purpose\": \"register\"}")
                .post("/v1/auth/sms-codes").then().statusCode(400).body("errors.field", hasItem("phone"));
        given().contentType(ContentType.JSON).body("{\"phone\": \"13900000001\", \"purpose\": true}")
                .post("/v1/auth/sms-codes").then().statusCode(400).body("errors.field", hasItem("purpose"));
        assertThat(itemCount()).isEqualTo(itemsBefore);
    }

    @Test
    void unknownEnumValue_returns400ListingTheAllowedValues() {
        given().contentType(ContentType.JSON).body(Map.of("phone", "13900000001", "purpose", "hack"))
                .post("/v1/auth/sms-codes").then().statusCode(400).body("errors[0].field", equalTo("purpose"))
                .body("errors[0].message", equalTo("must be one of: register, login, reset"));
        assertThat(itemCount()).isEqualTo(itemsBefore);
    }

    @Test
    void missingFields_areAllReported() {
        given().contentType(ContentType.JSON).body("{}").post("/v1/auth/register").then().statusCode(400)
                .body("errors.field", hasItem("phone")).body("errors.field", hasItem("smsCode"))
                .body("errors.field", hasItem("password")).body("errors.field", hasItem("displayName"));
        given().contentType(ContentType.JSON).post("/v1/auth/refresh").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        assertThat(itemCount()).isEqualTo(itemsBefore);
    }

    @Test
    void invalidPhone_returns400() {
        given().contentType(ContentType.JSON).body(Map.of("phone", "12345", "purpose", "register"))
                .post("/v1/auth/sms-codes").then().statusCode(400).body("errors[0].field", equalTo("phone"));
        assertThat(itemCount()).isEqualTo(itemsBefore);
    }

    @Test
    void bodyOver64KiB_returns413() {
        String big = "{\"phone\":\"13900000001\",\"purpose\":\"register\",\"pad\":\"" + "x".repeat(70_000) + "\"}";
        given().contentType(ContentType.JSON).body(big).post("/v1/auth/sms-codes").then().statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("PAYLOAD_TOO_LARGE"));
        assertThat(itemCount()).isEqualTo(itemsBefore);
    }

    @Test
    void unknownRoute_returns404Problem() {
        given().get("/v1/nowhere").then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
    }

    /** Accounts has no path parameters; paths that would carry one, or over 2 KiB, are still a 404 problem. */
    @ParameterizedTest
    @ValueSource(strings = { "/v1/me/real-name/extra", "/v1/auth/sms-codes/13900000001", "/v1/me/%00", "/v1/auth/%E4%B8" })
    void pathsWithExtraSegments_return404Problem(String path) {
        given().urlEncodingEnabled(false).post(path).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void pathOver2KiB_returns404Problem_andWritesNothing() {
        given().contentType(ContentType.JSON).body(Map.of()).post("/v1/auth/" + "a".repeat(3000))
                .then().statusCode(404).contentType("application/problem+json");
        given().urlEncodingEnabled(false).get("/v1/me/" + "%41".repeat(1000)).then().statusCode(404).contentType("application/problem+json");
        assertThat(itemCount()).isEqualTo(itemsBefore);
    }

    @Test
    void wrongMethod_returns405Problem() {
        given().delete("/v1/auth/login").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void wrongContentType_returns415Problem() {
        given().contentType(ContentType.TEXT).body("phone=1").post("/v1/auth/login").then().statusCode(415)
                .contentType("application/problem+json");
    }

    // the one-string request records (refresh, logout, rename) once got a text/plain body through their constructor: 500
    @ParameterizedTest
    @ValueSource(strings = { "/v1/auth/refresh", "/v1/auth/logout", "/v1/me/real-name" })
    void textPlainBody_onRoutesTakingOneString_returns415Problem(String path) {
        given().contentType(ContentType.TEXT).body("a-refresh-token").post(path).then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void textPlainBody_onRename_returns415Problem() {
        given().contentType(ContentType.TEXT).body("Matrix").patch("/v1/me").then().statusCode(415)
                .contentType("application/problem+json");
    }

    private static int itemCount() {
        String table = EmulatedAwsResource.resources().tableName("AccountsTable");
        return EmulatedAwsResource.aws().dynamoDb().scan(scan -> scan.tableName(table).select("COUNT")).count();
    }
}
