package cloud.citizen.emulator.template;

import static cloud.citizen.emulator.template.Values.asList;
import static cloud.citizen.emulator.template.Values.asMap;
import static cloud.citizen.emulator.template.Values.mapAt;
import static cloud.citizen.emulator.template.Values.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cloud.citizen.emulator.template.HttpApiConfig.CorsConfig;
import cloud.citizen.emulator.template.HttpApiConfig.JwtAuthorizer;

/** Reads {@code AWS::Serverless::HttpApi} resources, with {@code Globals.HttpApi} as the fallback. */
final class HttpApiReader {

    /** The API that SAM creates for HttpApi events without an ApiId. */
    static final String IMPLICIT_API = "ServerlessHttpApi";

    private HttpApiReader() {
    }

    static Map<String, HttpApiConfig> read(Map<String, TemplateResource> resources, Map<String, Object> globals) {
        Map<String, HttpApiConfig> apis = new LinkedHashMap<>();
        for (TemplateResource resource : resources.values()) {
            if (resource.is("AWS::Serverless::HttpApi")) {
                apis.put(resource.logicalId(), api(resource.logicalId(), resource.properties(), globals));
            }
        }
        apis.putIfAbsent(IMPLICIT_API, api(IMPLICIT_API, Map.of(), globals));
        return apis;
    }

    private static HttpApiConfig api(String logicalId, Map<String, Object> properties, Map<String, Object> globals) {
        String where = "Resources." + logicalId + ".Properties";
        Map<String, Object> auth = mapAt(properties.containsKey("Auth") ? properties : globals, "Auth", where);
        Map<String, JwtAuthorizer> authorizers = new LinkedHashMap<>();
        mapAt(auth, "Authorizers", where + ".Auth").forEach((name, definition) ->
                authorizers.put(name, authorizer(name, asMap(definition, where + ".Auth.Authorizers." + name))));
        Object cors = properties.containsKey("CorsConfiguration") ? properties.get("CorsConfiguration")
                : globals.get("CorsConfiguration");
        return new HttpApiConfig(logicalId, text(auth.get("DefaultAuthorizer"), where + ".Auth.DefaultAuthorizer"),
                authorizers, cors(cors, where + ".CorsConfiguration"));
    }

    private static JwtAuthorizer authorizer(String name, Map<String, Object> definition) {
        Map<String, Object> jwt = asMap(definition.get("JwtConfiguration"), name + ".JwtConfiguration");
        return new JwtAuthorizer(name, jwt.get("issuer"), Values.asListOrSingle(jwt.get("audience")),
                text(definition.get("IdentitySource"), name + ".IdentitySource"));
    }

    private static Optional<CorsConfig> cors(Object value, String where) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return Optional.empty();
        }
        if (Boolean.TRUE.equals(value) || "true".equals(value)) {
            return Optional.of(new CorsConfig(List.of("*"), List.of("*"), List.of("*"), List.of(), Optional.empty(),
                    false));
        }
        Map<String, Object> cors = asMap(value, where);
        return Optional.of(new CorsConfig(strings(cors.get("AllowOrigins"), where), strings(cors.get("AllowMethods"),
                where), strings(cors.get("AllowHeaders"), where), strings(cors.get("ExposeHeaders"), where),
                Values.integer(cors.get("MaxAge"), where + ".MaxAge"),
                Values.bool(cors.get("AllowCredentials"), where + ".AllowCredentials").orElse(false)));
    }

    static List<String> strings(Object value, String where) {
        return asList(value == null ? List.of() : Values.asListOrSingle(value), where).stream()
                .map(item -> text(item, where).orElseThrow())
                .toList();
    }
}
