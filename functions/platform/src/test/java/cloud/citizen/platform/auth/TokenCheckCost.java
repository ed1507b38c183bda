package cloud.citizen.platform.auth;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * Per-request cost of the token check, printed, never asserted. Compares, in one JVM with rounds
 * interleaved: nimbus' plain setup (main before session 6: its {@link JWSVerificationKeySelector}
 * converts the JWK to an RSA key on every call, and every call runs the RSA check), the platform's
 * {@link AccessTokenVerifier} on the same token again and again (its signature remembered), and
 * the platform's verifier on a new token each call (the RSA check runs: a first request).
 *
 * <pre>
 * ./mvnw -B -ntp -o -pl functions/platform test-compile dependency:build-classpath \
 *      -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * cd functions/platform && java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxRAM=512m \
 *      -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *      cloud.citizen.platform.auth.TokenCheckCost [calls per round, default 20000] [rounds, default 5]
 * </pre>
 */
public final class TokenCheckCost {
    private static final String ISSUER = "https://api.test";
    private static final String AUDIENCE = "citizen-cloud";

    private TokenCheckCost() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        String jwks = new JWKSet(key.toPublicJWK()).toString();
        String token = token(key, "u-1");
        List<String> fresh = new java.util.ArrayList<>();
        for (int i = 0; i < calls * rounds / 10; i++) {
            fresh.add(token(key, "u-" + i));
        }
        java.util.Iterator<String> newTokens = fresh.iterator();
        AccessTokenVerifier platform = new AccessTokenVerifier(jwks, ISSUER, AUDIENCE);
        DefaultJWTProcessor<SecurityContext> plainNimbus = plainNimbus(jwks);
        Consumer<String> plain = t -> {
            try {
                plainNimbus.process(t, null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        System.out.printf("%-28s %8s %12s%n", "round / setup", "calls", "µs per call");
        for (int round = 1; round <= rounds; round++) {
            print(round, "nimbus, key per call", time(plain, token, calls), calls);
            print(round, "platform, same token", time(platform::verify, token, calls), calls);
            print(round, "platform, new token", time(t -> platform.verify(newTokens.next()), token, calls / 10), calls / 10);
        }
    }

    private static long time(Consumer<String> check, String token, int calls) {
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            check.accept(token);
        }
        return System.nanoTime() - start;
    }

    private static void print(int round, String setup, long nanos, int calls) {
        System.out.printf("%d %-26s %8d %12.1f%n", round, setup, calls, nanos / 1_000.0 / calls);
    }

    /** The setup main had before the key selector was replaced: the baseline. */
    private static DefaultJWTProcessor<SecurityContext> plainNimbus(String jwks) throws ParseException {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType(AccessTokenVerifier.TOKEN_TYPE)));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(JWKSet.parse(jwks))));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(AUDIENCE,
                new JWTClaimsSet.Builder().issuer(ISSUER).build(), Set.of("sub", "exp", "iat", "roles")));
        return processor;
    }

    private static String token(RSAKey key, String subject) throws Exception {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(new JOSEObjectType(AccessTokenVerifier.TOKEN_TYPE)).build(),
                new JWTClaimsSet.Builder().subject(subject).issuer(ISSUER).audience(AUDIENCE)
                        .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)))
                        .claim("roles", List.of("citizen")).claim("communities", List.of("c-demo")).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
