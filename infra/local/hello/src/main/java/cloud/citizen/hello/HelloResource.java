package cloud.citizen.hello;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The whole function: what a lambda-http + REST stack costs before any business code. */
@Path("/hello")
public class HelloResource {

    @GET
    public Map<String, String> hello() {
        return Map.of("message", "hello");
    }
}
