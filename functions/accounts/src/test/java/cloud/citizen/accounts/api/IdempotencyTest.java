package cloud.citizen.accounts.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.accounts.testing.AccountsFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.platform.idempotency.IdempotencyClaim;
import cloud.citizen.platform.idempotency.IdempotencyStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The platform's Idempotency-Key contract, exercised through a real creating POST. */
@QuarkusTest
@EmulatedAwsTest
class IdempotencyTest {
    @Inject
    IdempotencyStore store;

    @Test
    void sameKeyAndBody_returnsTheFirstResponseAgain() {
        String phone = AccountsFixtures.newPhone();
        AccountsFixtures.requestCode(phone, "register").then().statusCode(202);
        Map<String, String> body = Map.of("phone", phone, "smsCode", AccountsFixtures.codeSentTo(phone),
                "password", AccountsFixtures.PASSWORD, "displayName", "幂等");
        String key = AccountsFixtures.newId("key-");

        Response first = post(key, body);
        Response again = post(key, body);

        first.then().statusCode(201);
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.asString()).isEqualTo(first.asString());
    }

    @Test
    void sameKeyOtherBody_returns422IdempotencyKeyReused() {
        String key = AccountsFixtures.newId("key-");
        post(key, Map.of("phone", AccountsFixtures.newPhone(), "smsCode", "123456", "password", AccountsFixtures.PASSWORD,
                "displayName", "甲")).then().statusCode(401);

        post(key, Map.of("phone", AccountsFixtures.newPhone(), "smsCode", "123456", "password", AccountsFixtures.PASSWORD,
                "displayName", "乙")).then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void keyLongerThan64_returns400() {
        post("k".repeat(65), Map.of()).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
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

    private static Response post(String key, Map<String, String> body) {
        return given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post("/v1/auth/register");
    }
}
