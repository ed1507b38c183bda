package cloud.citizen.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

class AccessTokenVerifierTest {
    private static final String ISSUER = "https://api.test";
    private static final RSAKey KEY = generate("k1");
    private static final RSAKey FOREIGN = generate("k1");

    private final AccessTokenVerifier verifier = verifier();

    @Test
    void verify_validToken_returnsCallerWithRolesAndCommunities() throws Exception {
        Caller caller = verifier.verify(sign(KEY, "at+jwt", claims -> claims
                .claim("roles", List.of("citizen", "staff")).claim("communities", List.of("c-demo"))
                .claim("realNameVerified", true)));

        assertThat(caller.userId()).isEqualTo("u-1");
        assertThat(caller.roles()).containsExactlyInAnyOrder(Role.CITIZEN, Role.STAFF);
        assertThat(caller.serves("c-demo")).isTrue();
        assertThat(caller.serves("c-other")).isFalse();
        assertThat(caller.realNameVerified()).isTrue();
    }

    @Test
    void verify_expiredToken_refuses() throws Exception {
        String token = sign(KEY, "at+jwt", claims -> claims.expirationTime(Date.from(Instant.now().minusSeconds(120))));
        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(AccessTokenVerifier.InvalidAccessTokenException.class);
    }

    @Test
    void verify_tokenSignedWithForeignKeyOfSameKid_refuses() throws Exception {
        String token = sign(FOREIGN, "at+jwt", UnaryOperator.identity());
        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(AccessTokenVerifier.InvalidAccessTokenException.class);
    }

    @Test
    void verify_tamperedPayload_refuses() throws Exception {
        String[] parts = sign(KEY, "at+jwt", UnaryOperator.identity()).split("\\.");
        String admin = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"sub\":\"u-1\",\"iss\":\"" + ISSUER + "\",\"aud\":\"citizen-cloud\",\"roles\":[\"admin\"],"
                        + "\"iat\":1,\"exp\":9999999999}").getBytes());
        assertThatThrownBy(() -> verifier.verify(parts[0] + "." + admin + "." + parts[2]))
                .isInstanceOf(AccessTokenVerifier.InvalidAccessTokenException.class);
    }

    @Test
    void verify_wrongIssuerAudienceOrType_refuses() throws Exception {
        String otherIssuer = sign(KEY, "at+jwt", claims -> claims.issuer("https://evil.test"));
        String otherAudience = sign(KEY, "at+jwt", claims -> claims.audience("someone-else"));
        String idToken = sign(KEY, "JWT", UnaryOperator.identity());
        for (String token : List.of(otherIssuer, otherAudience, idToken, "not-a-jwt")) {
            assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(AccessTokenVerifier.InvalidAccessTokenException.class);
        }
    }

    @Test
    void verify_keyRotatedAfterFirstUse_honoursTheSourceOnEveryCall() throws Exception {
        RSAKey next = generate("k2");
        AtomicReference<JWKSet> published = new AtomicReference<>(new JWKSet(KEY.toPublicJWK()));
        AccessTokenVerifier rotating = verifierOver(published);
        String oldToken = sign(KEY, "at+jwt", UnaryOperator.identity());
        String newToken = sign(next, "at+jwt", UnaryOperator.identity());
        assertThat(rotating.verify(oldToken).userId()).isEqualTo("u-1");
        assertThatThrownBy(() -> rotating.verify(newToken)).isInstanceOf(AccessTokenVerifier.InvalidAccessTokenException.class);

        published.set(new JWKSet(List.of(KEY.toPublicJWK(), next.toPublicJWK())));
        assertThat(rotating.verify(newToken).userId()).isEqualTo("u-1");
        assertThat(rotating.verify(oldToken).userId()).isEqualTo("u-1");

        published.set(new JWKSet(next.toPublicJWK()));
        assertThatThrownBy(() -> rotating.verify(oldToken)).isInstanceOf(AccessTokenVerifier.InvalidAccessTokenException.class);
        assertThat(rotating.verify(newToken).userId()).isEqualTo("u-1");
    }

    @Test
    void verify_keyReplacedUnderTheSameKid_usesTheNewKeyOnly() throws Exception {
        AtomicReference<JWKSet> published = new AtomicReference<>(new JWKSet(KEY.toPublicJWK()));
        AccessTokenVerifier rotating = verifierOver(published);
        String ours = sign(KEY, "at+jwt", UnaryOperator.identity());
        String foreign = sign(FOREIGN, "at+jwt", UnaryOperator.identity());
        assertThat(rotating.verify(ours).userId()).isEqualTo("u-1");

        published.set(new JWKSet(FOREIGN.toPublicJWK()));
        assertThat(rotating.verify(foreign).userId()).isEqualTo("u-1");
        assertThatThrownBy(() -> rotating.verify(ours)).isInstanceOf(AccessTokenVerifier.InvalidAccessTokenException.class);
    }

    @Test
    void verify_tokenWithOtherAlgorithmOrMissingKid_refuses() throws Exception {
        RSAKey unnamed = new RSAKey.Builder(KEY).keyID(null).build();
        SignedJWT rs512 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS512).keyID(KEY.getKeyID())
                .type(new JOSEObjectType("at+jwt")).build(), validClaims().build());
        rs512.sign(new RSASSASigner(KEY));
        String noKid = sign(unnamed, "at+jwt", UnaryOperator.identity());
        assertThatThrownBy(() -> verifier.verify(rs512.serialize())).isInstanceOf(AccessTokenVerifier.InvalidAccessTokenException.class);
        assertThat(verifier.verify(noKid).userId()).isEqualTo("u-1");
    }

    /** A verifier whose key source the test republishes, as a refreshed JWK set would be. */
    private static AccessTokenVerifier verifierOver(AtomicReference<JWKSet> published) {
        return new AccessTokenVerifier((selector, context) -> selector.select(published.get()), ISSUER, "citizen-cloud");
    }

    private static AccessTokenVerifier verifier() {
        try {
            return new AccessTokenVerifier(new JWKSet(KEY.toPublicJWK()).toString(), ISSUER, "citizen-cloud");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(RSAKey key, String type, UnaryOperator<JWTClaimsSet.Builder> customise) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(new JOSEObjectType(type)).build(), customise.apply(validClaims()).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static JWTClaimsSet.Builder validClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().subject("u-1").issuer(ISSUER).audience("citizen-cloud")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(900)))
                .claim("roles", List.of("citizen"));
    }

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
