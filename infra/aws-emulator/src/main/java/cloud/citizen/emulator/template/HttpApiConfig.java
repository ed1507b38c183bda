package cloud.citizen.emulator.template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An {@code AWS::Serverless::HttpApi}: its JWT authorizers (values unresolved) and CORS. */
public record HttpApiConfig(String logicalId, Optional<String> defaultAuthorizer,
        Map<String, JwtAuthorizer> authorizers, Optional<CorsConfig> cors) {

    public HttpApiConfig {
        authorizers = Map.copyOf(authorizers);
    }

    public boolean hasDefaultAuthorizer() {
        return defaultAuthorizer.isPresent();
    }

    public record JwtAuthorizer(String name, Object issuer, List<Object> audience, Optional<String> identitySource) {
        public JwtAuthorizer {
            audience = List.copyOf(audience);
        }
    }

    public record CorsConfig(List<String> allowOrigins, List<String> allowMethods, List<String> allowHeaders,
            List<String> exposeHeaders, Optional<Integer> maxAgeSeconds, boolean allowCredentials) {
        public CorsConfig {
            allowOrigins = List.copyOf(allowOrigins);
            allowMethods = List.copyOf(allowMethods);
            allowHeaders = List.copyOf(allowHeaders);
            exposeHeaders = List.copyOf(exposeHeaders);
        }
    }
}
