package cloud.citizen.accounts.api;

import static cloud.citizen.accounts.testing.AccountsFixtures.login;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cloud.citizen.accounts.testing.AccountsFixtures;
import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@EmulatedAwsTest(parameters = AccountsFixtures.ONE_CLIENT_ADDRESS)
class LoginTest {
    @Test
    void login_withPassword_returnsTokens() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();

        String token = login(citizen.phone(), citizen.password()).then().statusCode(200)
                .body("tokenType", equalTo("Bearer")).body("refreshToken", notNullValue()).extract().path("accessToken");
        AccountsFixtures.me(token).then().statusCode(200);
    }

    @Test
    void login_withSmsCode_returnsTokens() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        AccountsFixtures.minutePasses(citizen.phone());
        AccountsFixtures.requestCode(citizen.phone(), "login").then().statusCode(202);

        given().contentType(ContentType.JSON)
                .body(Map.of("phone", citizen.phone(), "smsCode", AccountsFixtures.codeSentTo(citizen.phone())))
                .post("/v1/auth/login").then().statusCode(200).body("accessToken", notNullValue());
    }

    @Test
    void login_withWrongPasswordOrUnknownPhone_returns401BadCredentials() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();

        login(citizen.phone(), "Wrong#Password1").then().statusCode(401).body("code", equalTo("BAD_CREDENTIALS"));
        login(AccountsFixtures.newPhone(), citizen.password()).then().statusCode(401).body("code", equalTo("BAD_CREDENTIALS"));
    }

    @Test
    void login_afterFiveFailuresIn15Minutes_isLockedEvenWithTheRightPassword() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        for (int i = 0; i < 5; i++) {
            login(citizen.phone(), "Wrong#Password" + i).then().statusCode(401);
        }

        String retryAfter = login(citizen.phone(), citizen.password()).then().statusCode(429)
                .body("code", equalTo("ACCOUNT_LOCKED")).extract().header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 15 * 60L);
    }

    @Test
    void login_successResetsTheFailureCount() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
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
    void login_withBothOrNeitherCredential_returns400() {
        given().contentType(ContentType.JSON).body(Map.of("phone", "13900000000")).post("/v1/auth/login")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().contentType(ContentType.JSON)
                .body(Map.of("phone", "13900000000", "password", "x", "smsCode", "123456")).post("/v1/auth/login")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void login_twentyConcurrentWrongPasswords_exactlyFiveAreChecked_theOthersAreLocked() throws Exception {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();

        List<Integer> statuses = Concurrently.run(20, i -> login(citizen.phone(), "Wrong#Password" + i)
                .then().extract().statusCode());

        assertThat(statuses).filteredOn(status -> status == 401).hasSize(5);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(15);
        login(citizen.phone(), citizen.password()).then().statusCode(429).body("code", equalTo("ACCOUNT_LOCKED"));
    }
}
