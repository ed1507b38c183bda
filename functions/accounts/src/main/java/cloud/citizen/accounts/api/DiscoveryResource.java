package cloud.citizen.accounts.api;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cloud.citizen.accounts.AccountsComponents;
import cloud.citizen.platform.auth.Public;

/**
 * The OpenID discovery document through which API Gateway's JWT authorizer finds our keys:
 * {issuer}/.well-known/openid-configuration -> jwks_uri.
 */
@Public
@Path("/.well-known/openid-configuration")
public class DiscoveryResource {
    private final String issuer;

    public DiscoveryResource(AccountsComponents components) {
        this.issuer = components.tokenIssuer();
    }

    @GET
    @APIResponse(responseCode = "200", description = "OK")
    public Response openIdConfiguration() {
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        return cachedJson(Map.of("issuer", issuer, "jwks_uri", base + "/v1/auth/jwks.json",
                "id_token_signing_alg_values_supported", List.of("RS256"),
                "response_types_supported", List.of("token"),
                "subject_types_supported", List.of("public")));
    }

    /** Keys change rarely; an hour of caching spares the function most discovery traffic. */
    static Response cachedJson(Object body) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(body).type("application/json").cacheControl(cache).build();
    }
}
