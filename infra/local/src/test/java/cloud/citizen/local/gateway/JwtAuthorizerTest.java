package cloud.citizen.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

class JwtAuthorizerTest {

    private static final String ISSUER = "http://localhost:3000";
    private static final RSAKey KEY = generate("k1");
    private final JwtAuthorizer authorizer = new JwtAuthorizer(ISSUER, List.of("citizen-cloud"),
            Optional.of("$request.header.Authorization"), new ImmutableJWKSet<>(new JWKSet(KEY.toPublicJWK())));

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(RSAKey key, boolean withKid, UnaryOperator<JWTClaimsSet.Builder> claims) {
        try {
            Instant now = Instant.now();
            JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(ISSUER).audience("citizen-cloud")
                    .subject("u-1").issueTime(Date.from(now.minusSeconds(5))).expirationTime(Date.from(now.plusSeconds(600)))
                    .claim("roles", List.of("citizen", "staff"));
            JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256);
            if (withKid) {
                header.keyID(key.getKeyID());
            }
            SignedJWT jwt = new SignedJWT(header.build(), claims.apply(builder).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void authorize_acceptsAValidToken_withOrWithoutBearer() {
        String token = token(KEY, true, claims -> claims);

        assertThat(authorizer.authorize("Bearer " + token)).get()
                .satisfies(ok -> assertThat(ok.claims()).containsEntry("sub", "u-1"));
        assertThat(authorizer.authorize(token)).isPresent();
    }

    @Test
    void authorize_refusesEverythingApiGatewayRefuses() {
        Instant now = Instant.now();
        assertThat(authorizer.authorize(null)).isEmpty();
        assertThat(authorizer.authorize("Bearer not.a.jwt")).isEmpty();
        assertThat(authorizer.authorize(token(generate("k1"), true, claims -> claims))).as("foreign key").isEmpty();
        assertThat(authorizer.authorize(token(KEY, false, claims -> claims))).as("no kid").isEmpty();
        assertThat(authorizer.authorize(token(KEY, true, claims -> claims.issuer("https://evil")))).as("issuer").isEmpty();
        assertThat(authorizer.authorize(token(KEY, true, claims -> claims.audience("other")))).as("audience").isEmpty();
        assertThat(authorizer.authorize(token(KEY, true, claims -> claims.expirationTime(Date.from(now.minusSeconds(1))))))
                .as("expired").isEmpty();
        assertThat(authorizer.authorize(token(KEY, true, claims -> claims.notBeforeTime(Date.from(now.plusSeconds(60))))))
                .as("not yet valid").isEmpty();
    }
}
