package cloud.citizen.emulator.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import cloud.citizen.emulator.LocalSecrets;

/**
 * Mints access tokens exactly as the accounts function issues them: JWS RS256 signed with the
 * local signing key, header {@code kid} and {@code typ: at+jwt}; claims {@code iss}, {@code aud},
 * {@code sub}, {@code iat}, {@code exp} (15 min), {@code jti}, {@code roles} (always includes
 * {@code citizen}), {@code communities} (served by staff; empty otherwise), {@code realNameVerified}.
 * Staff and admins are real-name verified, as they must be to hold those roles.
 * <pre>
 * TestTokens tokens = TestTokens.forFunctionUnderTest();
 * given().auth().oauth2(tokens.staff("u-9", "community-1"))...
 * </pre>
 */
public final class TestTokens {

    public static final Duration LIFETIME = Duration.ofMinutes(15);
    public static final String TYPE = "at+jwt";

    private final RSAKey signingKey;
    private final String issuer;
    private final String audience;
    private final Clock clock;

    public TestTokens(RSAKey signingKey, String issuer, String audience, Clock clock) {
        this.signingKey = signingKey;
        this.issuer = issuer;
        this.audience = audience;
        this.clock = clock;
    }

    /** Issuer and audience as the function under test is configured ({@code TOKEN_ISSUER}, {@code TOKEN_AUDIENCE}). */
    public static TestTokens forFunctionUnderTest() {
        return of(EmulatedAwsResource.secrets(), EmulatedAwsResource.environment());
    }

    public static TestTokens of(LocalSecrets secrets, Map<String, String> functionEnvironment) {
        return new TestTokens(secrets.signingKey(), required(functionEnvironment, "TOKEN_ISSUER"),
                required(functionEnvironment, "TOKEN_AUDIENCE"), Clock.systemUTC());
    }

    public String citizen(String userId) {
        return citizen(userId, false);
    }

    public String citizen(String userId, boolean realNameVerified) {
        return sign(claims(userId, List.of(), List.of(), realNameVerified, clock.instant()), signingKey);
    }

    public String staff(String userId, String... communities) {
        return sign(claims(userId, List.of("staff"), List.of(communities), true, clock.instant()), signingKey);
    }

    public String admin(String userId) {
        return sign(claims(userId, List.of("admin"), List.of(), true, clock.instant()), signingKey);
    }

    /** A citizen token whose 15 minutes ran out a minute ago. */
    public String expired(String userId) {
        Instant issuedAt = clock.instant().minus(LIFETIME).minus(Duration.ofMinutes(1));
        return sign(claims(userId, List.of(), List.of(), false, issuedAt), signingKey);
    }

    /** Looks right (same kid, claims, type) but is signed by another key: the signature must be refused. */
    public String signedWithForeignKey(String userId) {
        try {
            RSAKey foreign = new RSAKeyGenerator(2048).keyID(signingKey.getKeyID()).generate();
            return sign(claims(userId, List.of(), List.of(), false, clock.instant()), foreign);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a foreign key", e);
        }
    }

    /** Any combination of roles and communities, e.g. {@code custom("u", List.of("staff", "admin"), List.of("c"), true)}. */
    public String custom(String userId, List<String> extraRoles, List<String> communities, boolean realNameVerified) {
        return sign(claims(userId, extraRoles, communities, realNameVerified, clock.instant()), signingKey);
    }

    public TestTokens withIssuer(String otherIssuer) {
        return new TestTokens(signingKey, otherIssuer, audience, clock);
    }

    public TestTokens withAudience(String otherAudience) {
        return new TestTokens(signingKey, issuer, otherAudience, clock);
    }

    public TestTokens withClock(Clock otherClock) {
        return new TestTokens(signingKey, issuer, audience, otherClock);
    }

    private JWTClaimsSet claims(String userId, List<String> extraRoles, List<String> communities,
            boolean realNameVerified, Instant issuedAt) {
        List<String> roles = new ArrayList<>(List.of("citizen"));
        extraRoles.stream().filter(role -> !roles.contains(role)).forEach(roles::add);
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(userId)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", roles)
                .claim("communities", List.copyOf(communities))
                .claim("realNameVerified", realNameVerified)
                .claim("name", "User " + userId)
                .build();
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(new JOSEObjectType(TYPE))
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
        return jwt.serialize();
    }

    private static String required(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not in the function's environment");
        }
        return value;
    }
}
