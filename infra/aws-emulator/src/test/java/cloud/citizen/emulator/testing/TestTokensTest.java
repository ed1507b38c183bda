package cloud.citizen.emulator.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import cloud.citizen.emulator.LocalSecrets;

/** Tokens verify against the public JWK set with the same rules as the functions' verifier. */
class TestTokensTest {

    private static final String ISSUER = "http://localhost:3000";
    private static final String AUDIENCE = "citizen-cloud";

    private final LocalSecrets secrets = LocalSecrets.inMemory();
    private final TestTokens tokens = TestTokens.of(secrets, Map.of("TOKEN_ISSUER", ISSUER,
            "TOKEN_AUDIENCE", AUDIENCE));

    @Test
    void citizen_verifiesWithThePublicJwks_andCarriesTheAccountsClaims() throws Exception {
        String token = tokens.citizen("user-1");

        JWTClaimsSet claims = verify(token);
        SignedJWT jwt = SignedJWT.parse(token);

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(secrets.signingKey().getKeyID());
        assertThat(jwt.getHeader().getType()).isEqualTo(new JOSEObjectType("at+jwt"));
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getAudience()).containsExactly(AUDIENCE);
        assertThat(claims.getSubject()).isEqualTo("user-1");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(claims.getStringListClaim("roles")).containsExactly("citizen");
        assertThat(claims.getStringListClaim("communities")).isEmpty();
        assertThat(claims.getBooleanClaim("realNameVerified")).isFalse();
    }

    @Test
    void roles_staffCarriesCommunities_adminAndStaffAreVerified() throws Exception {
        JWTClaimsSet staff = verify(tokens.staff("s-1", "community-1", "community-2"));
        assertThat(staff.getStringListClaim("roles")).containsExactly("citizen", "staff");
        assertThat(staff.getStringListClaim("communities")).containsExactly("community-1", "community-2");
        assertThat(staff.getBooleanClaim("realNameVerified")).isTrue();

        JWTClaimsSet admin = verify(tokens.admin("a-1"));
        assertThat(admin.getStringListClaim("roles")).containsExactly("citizen", "admin");

        assertThat(verify(tokens.citizen("c-1", true)).getBooleanClaim("realNameVerified")).isTrue();
    }

    @Test
    void negativeVariants_areAllRefused() {
        assertThatThrownBy(() -> verify(tokens.expired("user-1"))).isInstanceOf(BadJOSEException.class)
                .hasMessageContaining("Expired");
        assertThatThrownBy(() -> verify(tokens.signedWithForeignKey("user-1"))).isInstanceOf(BadJOSEException.class)
                .hasMessageContaining("Signed JWT rejected");
        assertThatThrownBy(() -> verify(tokens.withIssuer("https://evil.example").citizen("user-1")))
                .isInstanceOf(BadJOSEException.class).hasMessageContaining("iss");
        assertThatThrownBy(() -> verify(tokens.withAudience("someone-else").citizen("user-1")))
                .isInstanceOf(BadJOSEException.class).hasMessageContaining("aud");
    }

    @Test
    void of_needsIssuerAndAudienceInTheEnvironment() {
        assertThatThrownBy(() -> TestTokens.of(secrets, Map.of("TOKEN_AUDIENCE", AUDIENCE)))
                .hasMessageContaining("TOKEN_ISSUER");
    }

    /** The same checks as the platform's AccessTokenVerifier. */
    private JWTClaimsSet verify(String token) throws Exception {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt")));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(JWKSet.parse(secrets.publicJwkSetJson()))));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(AUDIENCE,
                new JWTClaimsSet.Builder().issuer(ISSUER).build(), Set.of("sub", "exp", "iat", "roles")));
        return processor.process(token, null);
    }
}
