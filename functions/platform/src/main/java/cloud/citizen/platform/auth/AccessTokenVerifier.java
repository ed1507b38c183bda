package cloud.citizen.platform.auth;

import java.text.ParseException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * Verifies the access tokens that the accounts function issues: RS256 signature against the
 * configured public JWK set, type {@code at+jwt}, issuer, audience, expiry. API Gateway's JWT
 * authorizer checks the same in production; checking again here keeps a function safe when it is
 * invoked any other way, and lets tests exercise the real rule. Each JWK becomes a Java key once
 * ({@link ConvertOnceKeySelector}) and a token's RSA signature is checked once per key
 * ({@link VerifiedSignatures}); type, key selection and claims are checked on every call.
 */
@ApplicationScoped
public class AccessTokenVerifier {
    public static final String TOKEN_TYPE = "at+jwt";

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    @Inject
    public AccessTokenVerifier(@ConfigProperty(name = "citizen.auth.jwks") String jwks,
            @ConfigProperty(name = "citizen.auth.issuer") String issuer,
            @ConfigProperty(name = "citizen.auth.audience") String audience) throws ParseException {
        this(new ImmutableJWKSet<>(JWKSet.parse(jwks)), issuer, audience);
    }

    /** Keys from any source: tests swap the set under a live verifier (rotation). */
    AccessTokenVerifier(JWKSource<SecurityContext> keys, String issuer, String audience) {
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType(TOKEN_TYPE)));
        processor.setJWSKeySelector(new ConvertOnceKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWSVerifierFactory(new VerifiedSignatures());
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "iat", "roles")));
    }

    /** @throws InvalidAccessTokenException for anything but a well-formed, valid, unexpired token of ours */
    public Caller verify(String token) {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            return new Caller(claims.getSubject(), roles(claims.getStringListClaim("roles")),
                    new HashSet<>(nullToEmpty(claims.getStringListClaim("communities"))),
                    Boolean.TRUE.equals(claims.getBooleanClaim("realNameVerified")),
                    Optional.ofNullable(claims.getStringClaim("name")));
        } catch (Exception e) { // parse, signature, claim and type failures all mean the same to the caller
            throw new InvalidAccessTokenException();
        }
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.of(Role.CITIZEN);
        for (String name : nullToEmpty(names)) {
            roles.add(Role.fromWire(name));
        }
        return roles;
    }

    private static List<String> nullToEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    /** Deliberately carries no detail: why a token failed is not the caller's business. */
    public static final class InvalidAccessTokenException extends RuntimeException {
        InvalidAccessTokenException() {
            super("invalid access token", null, false, false);
        }
    }
}
