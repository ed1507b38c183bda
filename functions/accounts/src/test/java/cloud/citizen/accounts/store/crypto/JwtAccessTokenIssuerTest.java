package cloud.citizen.accounts.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.citizen.accounts.service.AccessToken;
import cloud.citizen.accounts.service.AccessTokenSubject;
import cloud.citizen.platform.auth.AccessTokenVerifier;
import cloud.citizen.platform.auth.Caller;
import cloud.citizen.platform.auth.Role;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JwtAccessTokenIssuerTest {

    private static final Instant NOW = Instant.parse("2026-11-28T01:00:00.750Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String ISSUER = "https://accounts.citizen.example";
    private static final String AUDIENCE = "citizen-cloud";
    private static final AccessTokenSubject STAFF_MEMBER = new AccessTokenSubject(
            "u-0001", Set.of(Role.STAFF, Role.CITIZEN), List.of("c-jinjiang-01", "c-wuhou-07"), true, "王芳");

    private static RSAKey privateJwk;
    private static JwtAccessTokenIssuer issuer;

    @BeforeAll
    static void generateKey() throws Exception {
        privateJwk = new RSAKeyGenerator(2048).keyID("test-key-1").generate();
        issuer = new JwtAccessTokenIssuer(privateJwk.toJSONString(), ISSUER, AUDIENCE, CLOCK);
    }

    private static SignedJWT issueAndParse(AccessTokenSubject subject) throws Exception {
        return SignedJWT.parse(issuer.issue(subject).value());
    }

    @Test
    void issue_signsWithRs256AndNamesKeyAndAccessTokenType() throws Exception {
        SignedJWT jwt = issueAndParse(STAFF_MEMBER);

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("test-key-1");
        assertThat(jwt.getHeader().getType()).isEqualTo(new JOSEObjectType("at+jwt"));
        assertThat(jwt.verify(new RSASSAVerifier(privateJwk.toRSAPublicKey()))).isTrue();
    }

    @Test
    void issue_carriesTheRequiredClaims() throws Exception {
        JWTClaimsSet claims = issueAndParse(STAFF_MEMBER).getJWTClaimsSet();

        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getAudience()).containsExactly(AUDIENCE);
        assertThat(claims.getSubject()).isEqualTo("u-0001");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(Instant.parse("2026-11-28T01:00:00Z"));
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(Instant.parse("2026-11-28T01:15:00Z"));
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getStringListClaim("roles")).containsExactly("citizen", "staff");
        assertThat(claims.getStringListClaim("communities")).containsExactly("c-jinjiang-01", "c-wuhou-07");
        assertThat(claims.getBooleanClaim("realNameVerified")).isTrue();
        assertThat(claims.getStringClaim("name")).isEqualTo("王芳");
    }

    @Test
    void issue_forAPlainCitizen_hasEmptyCommunitiesAndFalseVerification() throws Exception {
        AccessTokenSubject citizen = new AccessTokenSubject("u-0002", Set.of(Role.CITIZEN), List.of(), false, "李雷");

        JWTClaimsSet claims = issueAndParse(citizen).getJWTClaimsSet();

        assertThat(claims.getStringListClaim("roles")).containsExactly("citizen");
        assertThat(claims.getStringListClaim("communities")).isEmpty();
        assertThat(claims.getBooleanClaim("realNameVerified")).isFalse();
    }

    @Test
    void issue_givesEveryTokenItsOwnJwtId() throws Exception {
        assertThat(issueAndParse(STAFF_MEMBER).getJWTClaimsSet().getJWTID())
                .isNotEqualTo(issueAndParse(STAFF_MEMBER).getJWTClaimsSet().getJWTID());
    }

    @Test
    void issue_reportsLifetimeForTheTokensResponse() {
        AccessToken token = issuer.issue(STAFF_MEMBER);

        assertThat(token.expiresInSeconds()).isEqualTo(900);
        assertThat(token.toString()).doesNotContain(token.value());
    }

    @Test
    void jwks_verifiesIssuedTokens() throws Exception {
        JWKSet jwks = JWKSet.parse(issuer.jwksJson());
        RSAKey published = (RSAKey) jwks.getKeyByKeyId("test-key-1");

        assertThat(issueAndParse(STAFF_MEMBER).verify(new RSASSAVerifier(published))).isTrue();
        assertThat(published.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    }

    @Test
    void jwks_containsNoPrivateKeyMaterial() throws Exception {
        String json = issuer.jwksJson();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> keys = (List<Map<String, Object>>) (List<?>) JSONObjectUtils.parse(json).get("keys");

        assertThat(keys).hasSize(1);
        assertThat(keys.get(0)).containsKeys("kty", "kid", "n", "e")
                .doesNotContainKeys("d", "p", "q", "dp", "dq", "qi", "oth");
        assertThat(json).doesNotContain(privateJwk.getPrivateExponent().toString());
        assertThat(JWKSet.parse(json).getKeys().get(0).isPrivate()).isFalse();
    }

    @Test
    void issue_isAcceptedByThePlatformsVerifierWithTheJwksWePublish() {
        // The contract with every other function: what this issues, their verifier accepts.
        // Real time, not the fixed clock: the verifier checks expiry against now.
        JwtAccessTokenIssuer realTime = new JwtAccessTokenIssuer(privateJwk.toJSONString(), ISSUER, AUDIENCE, Clock.systemUTC());
        AccessTokenVerifier verifier = newPlatformVerifier(realTime.jwksJson());

        Caller caller = verifier.verify(realTime.issue(STAFF_MEMBER).value());

        assertThat(caller.userId()).isEqualTo("u-0001");
        assertThat(caller.roles()).extracting(Enum::name).containsExactlyInAnyOrder("CITIZEN", "STAFF");
        assertThat(caller.communities()).containsExactlyInAnyOrder("c-jinjiang-01", "c-wuhou-07");
        assertThat(caller.realNameVerified()).isTrue();
        assertThat(caller.displayName()).contains("王芳");
    }

    private static AccessTokenVerifier newPlatformVerifier(String jwks) {
        try {
            return new AccessTokenVerifier(jwks, ISSUER, AUDIENCE);
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void constructor_refusesAPublicOnlyKey() {
        String publicOnly = privateJwk.toPublicJWK().toJSONString();

        assertThatThrownBy(() -> new JwtAccessTokenIssuer(publicOnly, ISSUER, AUDIENCE, CLOCK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("private");
    }

    @Test
    void constructor_refusesAKeyWithoutKid() throws Exception {
        String noKid = new RSAKeyGenerator(2048).generate().toJSONString();

        assertThatThrownBy(() -> new JwtAccessTokenIssuer(noKid, ISSUER, AUDIENCE, CLOCK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kid");
    }

    @Test
    void constructor_refusesKeysShorterThan2048Bits() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        KeyPair pair = generator.generateKeyPair();
        String weak = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate()).keyID("weak").build().toJSONString();

        assertThatThrownBy(() -> new JwtAccessTokenIssuer(weak, ISSUER, AUDIENCE, CLOCK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2048");
    }

    @Test
    void constructor_refusesNonRsaKeysAndGarbageWithoutEchoingThem() throws Exception {
        String ecKey = new ECKeyGenerator(Curve.P_256).keyID("ec").generate().toJSONString();

        assertThatThrownBy(() -> new JwtAccessTokenIssuer(ecKey, ISSUER, AUDIENCE, CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JwtAccessTokenIssuer("{\"secret\":\"s3cr3t\"", ISSUER, AUDIENCE, CLOCK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("s3cr3t");
        assertThatThrownBy(() -> new JwtAccessTokenIssuer(" ", ISSUER, AUDIENCE, CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void subject_withoutTheCitizenRole_isABug() {
        assertThatThrownBy(() -> new AccessTokenSubject("u-1", Set.of(Role.ADMIN), List.of(), false, "管理员"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
