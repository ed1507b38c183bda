package cloud.citizen.accounts.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;

import cloud.citizen.accounts.testing.AccountsFixtures;
import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * What accounts tells the other capabilities (docs/events.md): usage events to stats, the user
 * directory to votes (never a phone or ID number), and the display name as the token's name claim.
 */
@QuarkusTest
@EmulatedAwsTest(parameters = AccountsFixtures.ONE_CLIENT_ADDRESS)
class AccountEventsTest {

    @Test
    void register_announcesTheRegistrationToStatsAndTheUserToTheDirectory_withoutThePhone() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String userId = AccountsFixtures.me(citizen.accessToken()).path("userId");

        JsonNode usage = usageOf(userId, "registration");
        JsonNode registered = directoryEvent("user-registered", userId);

        assertThat(usage.path("eventId").asText()).isNotBlank();
        assertThat(usage.path("amountFen").asLong()).isZero();
        assertThat(usage.has("serviceId")).isFalse();
        assertThat(registered.path("displayName").asText()).isEqualTo("市民" + citizen.phone().substring(7));
        assertThat(registered.path("occurredAt").asText()).isNotBlank();
        assertThat(registered.toString()).doesNotContain(citizen.phone()).doesNotContain("phone");
    }

    @Test
    void twentyConcurrentRegistrationsOfOnePhone_announceExactlyOneUser() throws Exception {
        String phone = AccountsFixtures.newPhone();
        AccountsFixtures.requestCode(phone, "register").then().statusCode(202);
        String code = AccountsFixtures.codeSentTo(phone);
        String prefix = "抢" + phone.substring(7) + "号";

        Concurrently.run(20, i -> AccountsFixtures.register(phone, code, AccountsFixtures.PASSWORD, prefix + i)
                .statusCode());

        java.util.function.Predicate<JsonNode> ours = body -> body.path("displayName").asText().startsWith(prefix);
        JsonNode winner = AccountsFixtures.takeQueued("UserDirectoryQueue", "user-registered", ours);
        assertThat(AccountsFixtures.noneQueued("UserDirectoryQueue", "user-registered", ours, Duration.ofSeconds(2)))
                .isTrue();
        String userId = winner.path("userId").asText();
        usageOf(userId, "registration");
        String loggedIn = AccountsFixtures.login(phone, AccountsFixtures.PASSWORD).then().statusCode(200).extract()
                .path("accessToken");
        assertThat(AccountsFixtures.me(loggedIn).path("userId").toString()).isEqualTo(userId);
    }

    @Test
    void login_announcesOneLoginToStats() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String userId = AccountsFixtures.me(citizen.accessToken()).path("userId");

        AccountsFixtures.login(citizen.phone(), citizen.password()).then().statusCode(200);

        assertThat(usageOf(userId, "login").path("userId").asText()).isEqualTo(userId);
        assertThat(AccountsFixtures.noneQueued("StatsQueue", "usage", byUser(userId, "login"), Duration.ofSeconds(2)))
                .isTrue();
    }

    @Test
    void failedLogin_announcesNothing() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String userId = AccountsFixtures.me(citizen.accessToken()).path("userId");

        AccountsFixtures.login(citizen.phone(), "Wrong#Password1").then().statusCode(401);

        assertThat(AccountsFixtures.noneQueued("StatsQueue", "usage", byUser(userId, "login"), Duration.ofSeconds(2)))
                .isTrue();
    }

    @Test
    void realName_isAnnouncedOnce_withoutTheIdNumber() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String userId = AccountsFixtures.me(citizen.accessToken()).path("userId");
        String idNumber = AccountsFixtures.newIdNumber();

        ProfileTest.verify(citizen, idNumber).then().statusCode(200);
        JsonNode verified = directoryEvent("user-verified", userId);
        usageOf(userId, "realNameVerification");
        ProfileTest.verify(citizen, idNumber).then().statusCode(200);

        assertThat(verified.toString()).doesNotContain(idNumber).doesNotContain(idNumber.substring(0, 6) + "*");
        assertThat(verified.has("idNumber")).isFalse();
        assertThat(AccountsFixtures.noneQueued("UserDirectoryQueue", "user-verified", body -> userId.equals(
                body.path("userId").asText()), Duration.ofSeconds(2))).isTrue();
    }

    @Test
    void accessToken_carriesTheDisplayNameAsNameClaim_andARefreshAfterARenameCarriesTheNewOne() throws Exception {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String userId = AccountsFixtures.me(citizen.accessToken()).path("userId");
        assertThat(nameClaim(citizen.accessToken())).isEqualTo("市民" + citizen.phone().substring(7));

        given().header("Authorization", "Bearer " + citizen.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("displayName", "新名字")).patch("/v1/me").then().statusCode(200);
        String refreshed = AccountsFixtures.refresh(citizen.refreshToken()).then().statusCode(200).extract()
                .path("accessToken");

        assertThat(nameClaim(refreshed)).isEqualTo("新名字");
        assertThat(directoryEvent("user-renamed", userId).path("displayName").asText()).isEqualTo("新名字");
    }

    private static JsonNode usageOf(String userId, String kind) {
        return AccountsFixtures.takeQueued("StatsQueue", "usage", byUser(userId, kind));
    }

    private static java.util.function.Predicate<JsonNode> byUser(String userId, String kind) {
        return body -> userId.equals(body.path("userId").asText()) && kind.equals(body.path("kind").asText());
    }

    private static JsonNode directoryEvent(String type, String userId) {
        return AccountsFixtures.takeQueued("UserDirectoryQueue", type, body -> userId.equals(body.path("userId").asText()));
    }

    private static String nameClaim(String accessToken) throws Exception {
        return SignedJWT.parse(accessToken).getJWTClaimsSet().getStringClaim("name");
    }
}
