package cloud.citizen.accounts.api;

import static cloud.citizen.accounts.api.Citizens.login;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.accounts.crypto.PiiProtector;
import cloud.citizen.accounts.domain.FailureWindow;
import cloud.citizen.accounts.service.LoginAttemptStore;
import cloud.citizen.emulator.testing.Concurrently;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@EmulatedAwsTest
class LoginTest {
    @Inject
    PiiProtector pii;
    @Inject
    LoginAttemptStore attempts;

    @Test
    void login_withPassword_returnsTokens() {
        Citizens.Registered citizen = Citizens.registerNew();

        String token = login(citizen.phone(), citizen.password()).then().statusCode(200)
                .body("tokenType", equalTo("Bearer")).body("refreshToken", notNullValue()).extract().path("accessToken");
        Citizens.me(token).then().statusCode(200);
    }

    @Test
    void login_withSmsCode_returnsTokens() {
        Citizens.Registered citizen = Citizens.registerNew();
        Citizens.minutePasses(pii, citizen.phone());
        Citizens.requestCode(citizen.phone(), "login").then().statusCode(202);

        given().contentType(ContentType.JSON)
                .body(Map.of("phone", citizen.phone(), "smsCode", Citizens.codeSentTo(citizen.phone())))
                .post("/v1/auth/login").then().statusCode(200).body("accessToken", notNullValue());
    }

    @Test
    void login_withWrongPasswordOrUnknownPhone_returns401BadCredentials() {
        Citizens.Registered citizen = Citizens.registerNew();

        login(citizen.phone(), "Wrong#Password1").then().statusCode(401).body("code", equalTo("BAD_CREDENTIALS"));
        login(Citizens.newPhone(), citizen.password()).then().statusCode(401).body("code", equalTo("BAD_CREDENTIALS"));
    }

    @Test
    void login_afterFiveFailuresIn15Minutes_isLockedEvenWithTheRightPassword() {
        Citizens.Registered citizen = Citizens.registerNew();
        for (int i = 0; i < 5; i++) {
            login(citizen.phone(), "Wrong#Password" + i).then().statusCode(401);
        }

        String retryAfter = login(citizen.phone(), citizen.password()).then().statusCode(429)
                .body("code", equalTo("ACCOUNT_LOCKED")).extract().header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 15 * 60L);
    }

    @Test
    void login_successResetsTheFailureCount() {
        Citizens.Registered citizen = Citizens.registerNew();
        for (int i = 0; i < 4; i++) {
            login(citizen.phone(), "Wrong#Password" + i).then().statusCode(401);
        }
        login(citizen.phone(), citizen.password()).then().statusCode(200);
        for (int i = 0; i < 4; i++) {
            login(citizen.phone(), "Wrong#Password" + i).then().statusCode(401);
        }
        login(citizen.phone(), citizen.password()).then().statusCode(200);
    }

    @Test
    void failureWindow_countsFailuresInsideFifteenMinutes_thenStartsANewOne() {
        String phoneKey = "window-" + Citizens.newPhone();
        Instant first = Instant.parse("2026-11-28T01:00:00Z");
        for (int i = 0; i < 5; i++) {
            attempts.recordFailure(phoneKey, first.plusSeconds(120L * i));
        }
        assertThat(attempts.failures(phoneKey)).isEqualTo(new FailureWindow(first, 5));

        Instant afterWindow = first.plus(Duration.ofMinutes(15)).plusSeconds(1);
        attempts.recordFailure(phoneKey, afterWindow);

        assertThat(attempts.failures(phoneKey)).isEqualTo(new FailureWindow(afterWindow, 1));
    }

    @Test
    void failureWindow_concurrentFailuresAreAllCounted() throws Exception {
        String phoneKey = "race-" + Citizens.newPhone();
        Instant now = Instant.now();

        Concurrently.run(10, i -> {
            attempts.recordFailure(phoneKey, now);
            return null;
        });

        assertThat(attempts.failures(phoneKey).failures()).isEqualTo(10);
    }

    @Test
    void login_withBothOrNeitherCredential_returns400() {
        given().contentType(ContentType.JSON).body(Map.of("phone", "13900000000")).post("/v1/auth/login")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().contentType(ContentType.JSON)
                .body(Map.of("phone", "13900000000", "password", "x", "smsCode", "123456")).post("/v1/auth/login")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }
}
