package cloud.citizen.accounts.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cloud.citizen.accounts.AccountsComponents;
import cloud.citizen.platform.auth.Public;

/** The public keys that verify access tokens (the other functions and API Gateway use them). */
@Public
@Path("/v1/auth/jwks.json")
public class KeysResource {
    private final AccountsComponents components;

    public KeysResource(AccountsComponents components) {
        this.components = components;
    }

    @GET
    @APIResponse(responseCode = "200", description = "OK")
    public Response jwks() {
        return DiscoveryResource.cachedJson(components.accessTokens().jwksJson());
    }
}
