package cloud.citizen.accounts.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cloud.citizen.accounts.testing.AccountsFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Runs the flows that handle secrets and personal data, including failures, and then reads the
 * function's whole log file (every category at DEBUG in tests): none of it may appear there.
 */
@QuarkusTest
@EmulatedAwsTest(parameters = AccountsFixtures.ONE_CLIENT_ADDRESS)
class LogHygieneTest {

    @Test
    void logs_neverContainPhonesPasswordsCodesTokensOrIdNumbers() throws Exception {
        List<String> secrets = new ArrayList<>();
        String phone = AccountsFixtures.newPhone();
        AccountsFixtures.requestCode(phone, "register").then().statusCode(202);
        String code = AccountsFixtures.codeSentTo(phone);
        var tokens = AccountsFixtures.register(phone, code, AccountsFixtures.PASSWORD, "日志").then().statusCode(201).extract();
        String access = tokens.path("accessToken");
        String refresh = tokens.path("refreshToken");
        AccountsFixtures.login(phone, "Wrong#Secret99").then().statusCode(401);
        String rotated = AccountsFixtures.refresh(refresh).then().statusCode(200).extract().path("refreshToken");
        AccountsFixtures.refresh(refresh).then().statusCode(401);
        String idNumber = AccountsFixtures.newIdNumber();
        given().header("Authorization", "Bearer " + access).contentType(ContentType.JSON)
                .body(Map.of("name", "张三", "idNumber", idNumber)).post("/v1/me/real-name").then().statusCode(200);
        given().header("Authorization", "Bearer " + access + "x").get("/v1/me").then().statusCode(401);
        secrets.addAll(List.of(phone, code, AccountsFixtures.PASSWORD, "Wrong#Secret99", access, refresh, rotated, idNumber));

        Path log = Path.of("target/test-logs/accounts.log");
        assertThat(log).exists();
        String content = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(content).isNotBlank();
        for (String secret : secrets) {
            assertThat(content).as("the log must not contain a secret or personal value").doesNotContain(secret);
        }
    }
}
