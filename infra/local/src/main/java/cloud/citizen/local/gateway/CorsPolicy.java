package cloud.citizen.local.gateway;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.sun.net.httpserver.Headers;

import cloud.citizen.emulator.template.HttpApiConfig.CorsConfig;

/**
 * The HTTP API's CorsConfiguration, applied as API Gateway applies it: preflight OPTIONS requests
 * are answered by the gateway itself (no route, no authorizer), and on other responses the
 * gateway's CORS headers replace whatever the function sent.
 */
public final class CorsPolicy {

    private final CorsConfig config;

    public CorsPolicy(CorsConfig config) {
        this.config = config;
    }

    public static boolean isPreflight(String method, Headers requestHeaders) {
        return method.equals("OPTIONS") && requestHeaders.containsKey("Origin")
                && requestHeaders.containsKey("Access-Control-Request-Method");
    }

    /** Headers for a preflight; empty when the origin or method is not allowed (the browser then refuses). */
    public void preflight(Headers request, Headers response) {
        String origin = request.getFirst("Origin");
        String method = request.getFirst("Access-Control-Request-Method");
        if (!originAllowed(origin) || !allowed(config.allowMethods(), method)) {
            return;
        }
        response.set("Access-Control-Allow-Origin", allowOriginValue(origin));
        response.set("Access-Control-Allow-Methods", config.allowMethods().contains("*") ? method
                : String.join(",", config.allowMethods()));
        String requested = request.getFirst("Access-Control-Request-Headers");
        if (config.allowHeaders().contains("*") && requested != null) {
            response.set("Access-Control-Allow-Headers", requested);
        } else if (!config.allowHeaders().isEmpty()) {
            response.set("Access-Control-Allow-Headers", String.join(",", config.allowHeaders()).toLowerCase(Locale.ROOT));
        }
        config.maxAgeSeconds().ifPresent(age -> response.set("Access-Control-Max-Age", Integer.toString(age)));
        if (config.allowCredentials()) {
            response.set("Access-Control-Allow-Credentials", "true");
        }
    }

    /** Replaces the function's CORS headers with the API's, for a request that came with an Origin. */
    public void actual(Optional<String> origin, Headers response) {
        response.keySet().removeIf(name -> name.toLowerCase(Locale.ROOT).startsWith("access-control-"));
        if (origin.isEmpty() || !originAllowed(origin.get())) {
            return;
        }
        response.set("Access-Control-Allow-Origin", allowOriginValue(origin.get()));
        if (!config.exposeHeaders().isEmpty()) {
            response.set("Access-Control-Expose-Headers", String.join(",", config.exposeHeaders()).toLowerCase(Locale.ROOT));
        }
        if (config.allowCredentials()) {
            response.set("Access-Control-Allow-Credentials", "true");
        }
    }

    private boolean originAllowed(String origin) {
        return origin != null && (config.allowOrigins().contains("*") || config.allowOrigins().contains(origin));
    }

    /** With credentials a browser rejects "*", so API Gateway echoes the origin. */
    private String allowOriginValue(String origin) {
        return config.allowOrigins().contains("*") && !config.allowCredentials() ? "*" : origin;
    }

    private static boolean allowed(List<String> allowedValues, String value) {
        return value != null && (allowedValues.contains("*")
                || allowedValues.stream().anyMatch(allowedValue -> allowedValue.equalsIgnoreCase(value)));
    }
}
