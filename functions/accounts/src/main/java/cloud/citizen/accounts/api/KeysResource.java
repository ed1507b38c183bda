package cloud.citizen.accounts.api;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cloud.citizen.accounts.crypto.AccessTokenIssuer;
import cloud.citizen.platform.auth.Public;

/**
 * The public keys that verify access tokens, and the OpenID discovery document through which API
 * Gateway's JWT authorizer finds them ({issuer}/.well-known/openid-configuration -> jwks_uri).
 */
@Public
@Path("/")
public class KeysResource {
    private final AccessTokenIssuer issuer;
    private final String issuerUrl;

    public KeysResource(AccessTokenIssuer issuer, @ConfigProperty(name = "citizen.auth.issuer") String issuerUrl) {
        this.issuer = issuer;
        this.issuerUrl = issuerUrl;
    }

    @GET
    @Path("v1/auth/jwks.json")
    public Response jwks() {
        return cached(issuer.jwksJson());
    }

    @GET
    @Path(".well-known/openid-configuration")
    public Response openIdConfiguration() {
        String base = issuerUrl.endsWith("/") ? issuerUrl.substring(0, issuerUrl.length() - 1) : issuerUrl;
        return cached(Map.of("issuer", issuerUrl, "jwks_uri", base + "/v1/auth/jwks.json",
                "id_token_signing_alg_values_supported", List.of("RS256"),
                "response_types_supported", List.of("token"),
                "subject_types_supported", List.of("public")));
    }

    private static Response cached(Object body) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(body).type("application/json").cacheControl(cache).build();
    }
}
