package cloud.citizen.accounts.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.accounts.testing.AccountsFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.platform.idempotency.IdempotencyClaim;
import cloud.citizen.platform.idempotency.IdempotencyStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The platform's Idempotency-Key contract through the one creating POST without tokens in its
 * answer (sms-codes), and its absence on the token routes: tokens are never stored or replayed.
 */
@QuarkusTest
@EmulatedAwsTest(parameters = AccountsFixtures.ONE_CLIENT_ADDRESS)
class IdempotencyTest {
    @Inject
    IdempotencyStore store;

    @Test
    void sameKeyAndBody_returnsTheFirstResponseAgain() {
        Map<String, String> body = Map.of("phone", AccountsFixtures.newPhone(), "purpose", "register");
        String key = AccountsFixtures.newId("key-");

        Response first = post("/v1/auth/sms-codes", key, body);
        Response again = post("/v1/auth/sms-codes", key, body);

        first.then().statusCode(202);
        again.then().statusCode(202).header("Idempotent-Replayed", "true");
        assertThat(again.asString()).isEqualTo(first.asString());
    }

    @Test
    void sameKeyOtherBody_returns422IdempotencyKeyReused() {
        String key = AccountsFixtures.newId("key-");
        post("/v1/auth/sms-codes", key, Map.of("phone", AccountsFixtures.newPhone(), "purpose", "register"))
                .then().statusCode(202);

        post("/v1/auth/sms-codes", key, Map.of("phone", AccountsFixtures.newPhone(), "purpose", "register"))
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void keyLongerThan64_returns400() {
        post("/v1/auth/sms-codes", "k".repeat(65), Map.of()).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void refreshTwiceWithTheSameKey_secondIsAReusedToken_andRevokesTheFamily() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String key = AccountsFixtures.newId("key-");
        Map<String, String> body = Map.of("refreshToken", citizen.refreshToken());

        String successor = post("/v1/auth/refresh", key, body).then().statusCode(200).extract().path("refreshToken");
        post("/v1/auth/refresh", key, body).then().statusCode(401).body("code", equalTo("BAD_REFRESH_TOKEN"))
                .header("Idempotent-Replayed", nullValue());

        AccountsFixtures.refresh(successor).then().statusCode(401).body("code", equalTo("BAD_REFRESH_TOKEN"));
        assertThat(idempotencyRecord(key)).isEmpty();
    }

    @Test
    void tokenRoutes_storeNothingUnderTheKey() {
        String phone = AccountsFixtures.newPhone();
        AccountsFixtures.requestCode(phone, "register").then().statusCode(202);
        String registerKey = AccountsFixtures.newId("key-");
        Map<String, String> registration = Map.of("phone", phone, "smsCode", AccountsFixtures.codeSentTo(phone),
                "password", AccountsFixtures.PASSWORD, "displayName", "幂等");
        String loginKey = AccountsFixtures.newId("key-");
        Map<String, String> credentials = Map.of("phone", phone, "password", AccountsFixtures.PASSWORD);

        post("/v1/auth/register", registerKey, registration).then().statusCode(201);
        post("/v1/auth/register", registerKey, registration).then().statusCode(401).body("code", equalTo("BAD_SMS_CODE"));
        String first = post("/v1/auth/login", loginKey, credentials).then().statusCode(200).extract().path("refreshToken");
        String second = post("/v1/auth/login", loginKey, credentials).then().statusCode(200).extract().path("refreshToken");

        assertThat(second).isNotEqualTo(first);
        assertThat(idempotencyRecord(registerKey)).isEmpty();
        assertThat(idempotencyRecord(loginKey)).isEmpty();
    }

    @Test
    void duplicateWhileFirstRuns_isInProgress() {
        String key = AccountsFixtures.newId("key-");
        assertThat(store.claim("tester", key, "fp")).isInstanceOf(IdempotencyClaim.Claimed.class);

        assertThat(store.claim("tester", key, "fp")).isInstanceOf(IdempotencyClaim.InProgress.class);
        assertThat(store.claim("tester", key, "other")).isInstanceOf(IdempotencyClaim.Mismatch.class);
        assertThat(store.claim("someone-else", key, "fp")).isInstanceOf(IdempotencyClaim.Claimed.class);
    }

    @Test
    void releasedClaim_canRunAgain() {
        String key = AccountsFixtures.newId("key-");
        store.claim("tester", key, "fp");
        store.release("tester", key);

        assertThat(store.claim("tester", key, "fp")).isInstanceOf(IdempotencyClaim.Claimed.class);
    }

    /** The platform's record for an anonymous caller's key (see IdempotencyStore's key design). */
    private static Map<String, AttributeValue> idempotencyRecord(String key) {
        return EmulatedAwsResource.aws().dynamoDb().getItem(get -> get.tableName(AccountsFixtures.table().name())
                .key(Map.of("pk", AttributeValue.fromS("IDEMPOTENCY#anonymous#" + key),
                        "sk", AttributeValue.fromS("IDEMPOTENCY"))).consistentRead(true)).item();
    }

    private static Response post(String path, String key, Map<String, String> body) {
        return given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post(path);
    }
}
