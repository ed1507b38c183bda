package cloud.citizen.emulator.template;

import java.util.Optional;

/**
 * An {@code HttpApi} event of a function. An event without Path and Method is the API's
 * {@code $default} catch-all route. {@code authorizer} is empty when the route is public
 * (explicit {@code Authorizer: NONE}, or an API without a default authorizer).
 */
public record HttpRoute(String eventName, String method, String path, Optional<String> apiLogicalId,
        Optional<String> authorizer) {

    public static final String CATCH_ALL = "$default";

    public boolean isCatchAll() {
        return CATCH_ALL.equals(path);
    }

    public boolean requiresAuthorization() {
        return authorizer.isPresent();
    }

    /** {@code "GET /v1/me"}, or {@code "$default"} for the catch-all. */
    public String routeKey() {
        return isCatchAll() ? CATCH_ALL : method + " " + path;
    }
}
