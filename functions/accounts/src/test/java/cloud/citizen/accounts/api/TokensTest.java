package cloud.citizen.accounts.api;

import static cloud.citizen.accounts.testing.AccountsFixtures.me;
import static cloud.citizen.accounts.testing.AccountsFixtures.refresh;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cloud.citizen.accounts.testing.AccountsFixtures;
import cloud.citizen.emulator.testing.Concurrently;

import com.nimbusds.jwt.SignedJWT;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.emulator.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@EmulatedAwsTest(parameters = AccountsFixtures.ONE_CLIENT_ADDRESS)
class TokensTest {

    @Test
    void accessToken_isRs256AtJwtWithTheDocumentedClaims() throws Exception {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        SignedJWT jwt = SignedJWT.parse(citizen.accessToken());

        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.getHeader().getType().getType()).isEqualTo("at+jwt");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("citizen");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().getTime() - jwt.getJWTClaimsSet().getIssueTime().getTime())
                .isEqualTo(15 * 60 * 1000L);
    }

    @Test
    void refresh_rotatesTheRefreshToken() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();

        String rotated = refresh(citizen.refreshToken()).then().statusCode(200).extract().path("refreshToken");
        assertThat(rotated).isNotEqualTo(citizen.refreshToken());
        refresh(rotated).then().statusCode(200);
    }

    @Test
    void refresh_withAnAlreadyUsedToken_isRefusedAndRevokesTheWholeFamily() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String rotated = refresh(citizen.refreshToken()).then().statusCode(200).extract().path("refreshToken");

        refresh(citizen.refreshToken()).then().statusCode(401).body("code", equalTo("BAD_REFRESH_TOKEN"));
        refresh(rotated).then().statusCode(401).body("code", equalTo("BAD_REFRESH_TOKEN"));
    }

    @Test
    void refresh_concurrentUsesOfOneToken_atMostOneSucceeds() throws Exception {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();

        List<Integer> statuses = Concurrently.run(10, i -> refresh(citizen.refreshToken()).statusCode());

        assertThat(statuses).filteredOn(status -> status == 200).hasSizeLessThanOrEqualTo(1);
        assertThat(statuses).allMatch(status -> status == 200 || status == 401);
    }

    @Test
    void refresh_withUnknownOrMalformedToken_returns401() {
        refresh("not-a-token").then().statusCode(401).body("code", equalTo("BAD_REFRESH_TOKEN"));
        refresh("A".repeat(43)).then().statusCode(401).body("code", equalTo("BAD_REFRESH_TOKEN"));
    }

    @Test
    void logout_revokesTheRefreshToken_andCanBeRepeated() {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();

        given().contentType(ContentType.JSON).body(Map.of("refreshToken", citizen.refreshToken()))
                .post("/v1/auth/logout").then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", citizen.refreshToken()))
                .post("/v1/auth/logout").then().statusCode(204);
        refresh(citizen.refreshToken()).then().statusCode(401);
    }

    @Test
    void me_refusesMissingExpiredTamperedAndForeignTokens() {
        TestTokens tokens = TestTokens.forFunctionUnderTest();
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String userId = me(citizen.accessToken()).then().statusCode(200).extract().path("userId");
        String[] parts = citizen.accessToken().split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];

        given().get("/v1/me").then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
        for (String bad : List.of(tokens.expired(userId), tokens.signedWithForeignKey(userId), tampered,
                tokens.withIssuer("https://evil.example").citizen(userId),
                tokens.withAudience("someone-else").citizen(userId), "garbage")) {
            me(bad).then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        }
    }

    @Test
    void jwks_publishesOnlyPublicKeys_thatVerifyIssuedTokens() throws Exception {
        AccountsFixtures.Registered citizen = AccountsFixtures.registerNew();
        String jwks = given().get("/v1/auth/jwks.json").then().statusCode(200).body("keys", hasSize(1))
                .body("keys[0].kty", equalTo("RSA")).body("keys[0].d", nullValue()).body("keys[0].p", nullValue())
                .extract().asString();

        var keys = com.nimbusds.jose.jwk.JWKSet.parse(jwks);
        var key = keys.getKeys().get(0).toRSAKey();
        assertThat(SignedJWT.parse(citizen.accessToken()).verify(new com.nimbusds.jose.crypto.RSASSAVerifier(key)))
                .isTrue();
    }

    @Test
    void openIdConfiguration_pointsApiGatewayToTheJwks() {
        String issuer = given().get("/.well-known/openid-configuration").then().statusCode(200)
                .extract().path("issuer");
        given().get("/.well-known/openid-configuration").then()
                .body("jwks_uri", equalTo(issuer.replaceAll("/$", "") + "/v1/auth/jwks.json"));
    }
}
