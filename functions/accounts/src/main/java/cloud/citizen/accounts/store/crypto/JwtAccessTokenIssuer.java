package cloud.citizen.accounts.store.crypto;

import cloud.citizen.accounts.service.AccessToken;
import cloud.citizen.accounts.service.AccessTokenIssuer;
import cloud.citizen.accounts.service.AccessTokenSubject;
import cloud.citizen.platform.auth.Role;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * Signs access tokens (JWT, RS256: API Gateway HTTP API JWT authorizers only accept RSA keys) and
 * publishes the matching public key set for GET /v1/auth/jwks.json.
 *
 * <p>Header: {@code alg=RS256}, {@code kid}, {@code typ=at+jwt} (RFC 9068), so an ID token or any
 * other JWT signed with the same key cannot be passed off as an access token. Claims: iss, aud,
 * sub (user id), iat, exp (iat + 15 min), jti (random), roles (lower-case names), communities,
 * realNameVerified, name (the display name, which other functions show without reading our table).
 */
public final class JwtAccessTokenIssuer implements AccessTokenIssuer {

    public static final Duration LIFETIME = Duration.ofMinutes(15);

    private static final JOSEObjectType ACCESS_TOKEN_TYPE = new JOSEObjectType("at+jwt");
    private static final int MIN_KEY_BITS = 2048;
    private static final int JTI_BYTES = 16;

    private final RSAKey signingKey;
    private final JWSSigner signer;
    private final String issuer;
    private final String audience;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param privateJwkJson RSA private key as a JWK JSON object with a {@code kid}, from configuration
     */
    public JwtAccessTokenIssuer(String privateJwkJson, String issuer, String audience, Clock clock) {
        this.signingKey = parseSigningKey(privateJwkJson);
        this.issuer = requireText(issuer, "issuer");
        this.audience = requireText(audience, "audience");
        this.clock = clock;
        try {
            this.signer = new RSASSASigner(signingKey);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("access token signing key is unusable: " + e.getMessage());
        }
    }

    @Override
    public AccessToken issue(AccessTokenSubject subject) {
        // JWT times have whole seconds; truncating first keeps exp - iat exactly the lifetime.
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(LIFETIME);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(subject.userId())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(randomJwtId())
                .claim("roles", subject.roles().stream()
                        .sorted(Comparator.naturalOrder()).map(Role::wireName).toList())
                .claim("communities", subject.communityIds())
                .claim("realNameVerified", subject.realNameVerified())
                .claim("name", subject.displayName())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(signingKey.getKeyID())
                .type(ACCESS_TOKEN_TYPE)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign access token", e);
        }
        return new AccessToken(jwt.serialize(), issuedAt, expiresAt);
    }

    @Override
    public String jwksJson() {
        RSAKey publicKey = new RSAKey.Builder(signingKey.toPublicJWK())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .build();
        return new JWKSet(List.of(publicKey)).toString(true);
    }

    public String keyId() {
        return signingKey.getKeyID();
    }

    private String randomJwtId() {
        byte[] bytes = new byte[JTI_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static RSAKey parseSigningKey(String privateJwkJson) {
        if (privateJwkJson == null || privateJwkJson.isBlank()) {
            throw new IllegalArgumentException("access token signing key is missing");
        }
        RSAKey key;
        try {
            key = RSAKey.parse(privateJwkJson);
        } catch (ParseException e) {
            // Nimbus' message names the problem, not the key material.
            throw new IllegalArgumentException("access token signing key is not an RSA JWK: " + e.getMessage());
        }
        if (!key.isPrivate()) {
            throw new IllegalArgumentException("access token signing key has no private part");
        }
        if (key.getKeyID() == null || key.getKeyID().isBlank()) {
            throw new IllegalArgumentException("access token signing key has no kid");
        }
        if (key.size() < MIN_KEY_BITS) {
            throw new IllegalArgumentException("access token signing key must have at least " + MIN_KEY_BITS + " bits");
        }
        if (key.getAlgorithm() != null && !JWSAlgorithm.RS256.equals(key.getAlgorithm())) {
            throw new IllegalArgumentException("access token signing key is restricted to " + key.getAlgorithm());
        }
        if (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())) {
            throw new IllegalArgumentException("access token signing key is not for signatures");
        }
        return key;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
