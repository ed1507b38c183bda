package cloud.citizen.local.gateway;

import java.text.ParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;

/**
 * An HTTP API JWT authorizer: the token from the identity source (with or without "Bearer "),
 * an RSA signature by a key of the issuer's JWKS with a matching {@code kid}, {@code iss} equal to
 * the configured issuer, {@code aud} (or {@code client_id}) one of the audiences, {@code exp} in
 * the future, {@code nbf} and {@code iat} not. Any failure is a 401 before the function runs.
 */
public final class JwtAuthorizer {

    /** A valid token's claims, as the request context carries them. */
    public record Authorized(Map<String, Object> claims) {
    }

    private final String headerName;
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public JwtAuthorizer(String issuer, List<String> audiences, Optional<String> identitySource) {
        this(issuer, audiences, identitySource, new IssuerKeys(issuer));
    }

    JwtAuthorizer(String issuer, List<String> audiences, Optional<String> identitySource,
            JWKSource<SecurityContext> keys) {
        this.headerName = identitySource.filter(source -> source.startsWith("$request.header."))
                .map(source -> source.substring("$request.header.".length())).orElse("Authorization");
        // API Gateway does not look at typ: access tokens (at+jwt) and plain JWTs both pass
        processor.setJWSTypeVerifier((type, context) -> { });
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512), keys));
        processor.setJWTClaimsSetVerifier(claimsVerifier(issuer, Set.copyOf(audiences)));
    }

    public String headerName() {
        return headerName;
    }

    /** @return the claims, or empty when the request must be refused with 401 */
    public Optional<Authorized> authorize(String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            return Optional.empty();
        }
        String token = headerValue.regionMatches(true, 0, "Bearer ", 0, 7) ? headerValue.substring(7).trim()
                : headerValue.trim();
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (jwt.getHeader().getKeyID() == null) {
                return Optional.empty();
            }
            JWTClaimsSet claims = processor.process(jwt, null);
            return Optional.of(new Authorized(claims.getClaims()));
        } catch (ParseException | BadJOSEException | com.nimbusds.jose.JOSEException e) {
            return Optional.empty();
        }
    }

    private static JWTClaimsSetVerifier<SecurityContext> claimsVerifier(String issuer, Set<String> audiences) {
        return (claims, context) -> {
            Date now = new Date();
            if (!issuer.equals(claims.getIssuer())) {
                throw new BadJWTException("issuer");
            }
            List<String> audience = claims.getAudience();
            Object clientId = claims.getClaim("client_id");
            boolean audienceOk = audience.isEmpty()
                    ? clientId != null && audiences.contains(String.valueOf(clientId))
                    : audience.stream().anyMatch(audiences::contains);
            if (!audienceOk) {
                throw new BadJWTException("audience");
            }
            if (claims.getExpirationTime() == null || !claims.getExpirationTime().after(now)) {
                throw new BadJWTException("expired");
            }
            if (claims.getNotBeforeTime() != null && claims.getNotBeforeTime().after(now)) {
                throw new BadJWTException("not yet valid");
            }
            if (claims.getIssueTime() != null && claims.getIssueTime().after(now)) {
                throw new BadJWTException("issued in the future");
            }
        };
    }
}
