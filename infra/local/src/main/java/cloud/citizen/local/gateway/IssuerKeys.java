package cloud.citizen.local.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import cloud.citizen.local.Json;

/**
 * The issuer's public keys, found the way API Gateway finds them:
 * {@code {issuer}/.well-known/openid-configuration} -> {@code jwks_uri} -> key set, cached for up
 * to two hours. A token with a key id that is not in the cache triggers one refetch, at most once
 * a minute (so a stream of forged tokens cannot turn into a stream of calls to the issuer).
 * Locally the issuer is the gateway itself, so this exercises the accounts function's discovery
 * and JWKS endpoints exactly as production does.
 */
final class IssuerKeys implements JWKSource<SecurityContext> {

    private static final Logger LOG = Logger.getLogger(IssuerKeys.class.getName());
    private static final Duration MAX_AGE = Duration.ofHours(2);
    private static final Duration REFETCH_COOLDOWN = Duration.ofMinutes(1);

    private final String issuer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private JWKSet keys;
    private long fetchedAt;

    IssuerKeys(String issuer) {
        this.issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }

    @Override
    public synchronized List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        long now = System.nanoTime();
        boolean stale = keys == null || now - fetchedAt > MAX_AGE.toNanos();
        if (!stale && selector.select(keys).isEmpty() && now - fetchedAt > REFETCH_COOLDOWN.toNanos()) {
            stale = true; // maybe the issuer rotated its key
        }
        if (stale) {
            keys = fetch();
            fetchedAt = now;
        }
        return selector.select(keys);
    }

    private JWKSet fetch() throws KeySourceException {
        try {
            JsonNode discovery = Json.parse(get(URI.create(issuer + "/.well-known/openid-configuration")));
            String jwksUri = discovery.path("jwks_uri").asText("");
            if (jwksUri.isEmpty()) {
                throw new KeySourceException("the discovery document of " + issuer + " has no jwks_uri");
            }
            JWKSet set = JWKSet.parse(get(URI.create(jwksUri)));
            LOG.fine(() -> "fetched " + set.getKeys().size() + " keys from " + jwksUri);
            return set;
        } catch (IOException | ParseException | IllegalArgumentException e) {
            throw new KeySourceException("cannot fetch the keys of " + issuer + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeySourceException("interrupted while fetching the keys of " + issuer, e);
        }
    }

    private String get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode());
        }
        return response.body();
    }
}
