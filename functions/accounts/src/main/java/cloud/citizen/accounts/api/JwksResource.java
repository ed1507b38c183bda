package cloud.citizen.accounts.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/v1/auth/jwks.json")
public class JwksResource {
    @GET
    public String jwks() {
        return "{}";
    }
}
