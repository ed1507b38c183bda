package cloud.citizen.accounts.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.accounts.testing.AccountsFixtures;
import cloud.citizen.emulator.testing.Concurrently;

import cloud.citizen.accounts.domain.IdNumber;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@EmulatedAwsTest(parameters = AccountsFixtures.ONE_CLIENT_ADDRESS)
class ProfileTest {

    @Test
    void patchMe_changesTheDisplayName() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();

        given().header("Authorization", "Bearer " + citizen.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("displayName", "新名字")).patch("/v1/me").then().statusCode(200)
                .body("displayName", equalTo("新名字"));
        AccountsFixtures.me(citizen.accessToken()).then().body("displayName", equalTo("新名字"));
    }

    @Test
    void patchMe_withEmptyName_returns400AndChangesNothing() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String before = AccountsFixtures.me(citizen.accessToken()).path("displayName");

        given().header("Authorization", "Bearer " + citizen.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("displayName", " ")).patch("/v1/me").then().statusCode(400)
                .body("errors[0].field", equalTo("displayName"));
        AccountsFixtures.me(citizen.accessToken()).then().body("displayName", equalTo(before));
    }

    @Test
    void realName_withValidIdNumber_verifiesAndReturnsItMasked() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String id = AccountsFixtures.newIdNumber();

        verify(citizen, id).then().statusCode(200).body("realNameVerified", equalTo(true))
                .body("idNumber", equalTo(id.substring(0, 3) + "***********" + id.substring(14)));
        AccountsFixtures.me(citizen.accessToken()).then().body("realNameVerified", equalTo(true));
        // the next access token carries the fact for the other functions
        String token = AccountsFixtures.refresh(citizen.refreshToken()).path("accessToken");
        assertThat(token).isNotNull();
    }

    @Test
    void realName_withBadChecksumOrBirthDate_returns422BadIdNumber() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String valid = AccountsFixtures.newIdNumber();
        char wrongCheck = valid.charAt(17) == '0' ? '1' : '0';

        verify(citizen, valid.substring(0, 17) + wrongCheck).then().statusCode(422).body("code", equalTo("BAD_ID_NUMBER"));
        String futureBirth = withCheck("510104" + "20991231" + "123");
        verify(citizen, futureBirth).then().statusCode(422).body("code", equalTo("BAD_ID_NUMBER"));
        AccountsFixtures.me(citizen.accessToken()).then().body("realNameVerified", equalTo(false));
    }

    @Test
    void realName_sameIdNumberOnAnotherAccount_returns409IdNumberTaken() {
        String id = AccountsFixtures.newIdNumber();
        verify(AccountsFixtures.registerNew(), id).then().statusCode(200);

        verify(AccountsFixtures.registerNew(), id).then().statusCode(409).body("code", equalTo("ID_NUMBER_TAKEN"));
    }

    @Test
    void realName_tenAccountsRacingForOneIdNumber_exactlyOneGetsIt() throws Exception {
        List<AccountsFixtures.Registered> citizens = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            citizens.add(AccountsFixtures.registerNew());
        }
        String id = AccountsFixtures.newIdNumber();

        List<Integer> statuses = Concurrently.run(10, i -> verify(citizens.get(i), id).statusCode());

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(9);
    }

    @Test
    void realName_withoutToken_returns401() {
        given().contentType(ContentType.JSON).body(Map.of("name", "张三", "idNumber", AccountsFixtures.newIdNumber()))
                .post("/v1/me/real-name").then().statusCode(401);
    }

    @Test
    void realName_answersWithFreshTokens_whoseAccessTokenSaysVerified_andWorksAtOnce() throws Exception {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();

        Response verified = verify(citizen, AccountsFixtures.newIdNumber());

        verified.then().statusCode(200).body("realNameVerified", equalTo(true))
                .body("tokens.tokenType", equalTo("Bearer")).body("tokens.expiresIn", equalTo(900));
        String accessToken = verified.path("tokens.accessToken");
        assertThat(claims(accessToken).path("realNameVerified").asBoolean()).isTrue();
        assertThat(claims(citizen.accessToken()).path("realNameVerified").asBoolean()).isFalse();
        AccountsFixtures.me(accessToken).then().statusCode(200).body("realNameVerified", equalTo(true));
        AccountsFixtures.refresh(verified.path("tokens.refreshToken")).then().statusCode(200);
    }

    @Test
    void realName_afterFiveFailuresToday_returns429TooManyAttempts_evenForAValidNumber() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String valid = AccountsFixtures.newIdNumber();
        String badCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        for (int i = 0; i < 5; i++) {
            verify(citizen, badCheck).then().statusCode(422);
        }

        String retryAfter = verify(citizen, valid).then().statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("TOO_MANY_ATTEMPTS")).extract().header("Retry-After");

        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 24 * 3600L);
        AccountsFixtures.me(citizen.accessToken()).then().body("realNameVerified", equalTo(false));
    }

    @Test
    void realName_twentyConcurrentFailures_exactlyFiveAreChecked() throws Exception {
        AccountsFixtures.Registered owner = AccountsFixtures.registerNew();
        String taken = AccountsFixtures.newIdNumber();
        verify(owner, taken).then().statusCode(200);
        AccountsFixtures.Registered prober = AccountsFixtures.registerNew();

        List<Integer> statuses = Concurrently.run(20, i -> verify(prober, taken).statusCode());

        assertThat(statuses).filteredOn(status -> status == 409).hasSize(5);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(15);
    }

    @Test
    void realName_successesDoNotCount() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String id = AccountsFixtures.newIdNumber();

        for (int i = 0; i < 7; i++) {
            verify(citizen, id).then().statusCode(200); // the same number again is a no-op
        }
    }

    private static JsonNode claims(String jwt) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    static Response verify(AccountsFixtures.Registered citizen, String idNumber) {
        return given().header("Authorization", "Bearer " + citizen.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "张三", "idNumber", idNumber)).post("/v1/me/real-name");
    }

    private static String withCheck(String first17) {
        return first17 + IdNumber.checkCharacterFor(first17);
    }
}
