package cloud.citizen.local.gateway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cloud.citizen.emulator.template.HttpApiConfig;
import cloud.citizen.emulator.template.HttpRoute;
import cloud.citizen.emulator.template.IntrinsicResolver;
import cloud.citizen.emulator.template.SamFunction;
import cloud.citizen.emulator.template.SamTemplate;

/**
 * The gateway's routes, authorizers and CORS, read from the template's model: every HttpApi
 * event of every function, each route with the JWT authorizer that applies to it (issuer and
 * audience resolved against the local stack). All HTTP APIs of the template share the one port.
 */
public record GatewayConfiguration(RouteTable routes, Map<RouteTable.Target, JwtAuthorizer> authorizers,
        Optional<CorsPolicy> cors) {

    public static GatewayConfiguration from(SamTemplate template, IntrinsicResolver resolver) {
        List<RouteTable.Target> targets = new ArrayList<>();
        Map<RouteTable.Target, JwtAuthorizer> authorizers = new HashMap<>();
        Map<String, JwtAuthorizer> shared = new HashMap<>();
        for (SamFunction function : template.functions()) {
            for (HttpRoute route : function.httpRoutes()) {
                RouteTable.Target target = new RouteTable.Target(function.logicalId(), route);
                targets.add(target);
                if (route.requiresAuthorization()) {
                    String apiId = route.apiLogicalId().orElse("ServerlessHttpApi");
                    String name = route.authorizer().orElseThrow();
                    JwtAuthorizer authorizer = shared.computeIfAbsent(apiId + "/" + name,
                            key -> authorizer(template, resolver, apiId, name));
                    authorizers.put(target, authorizer);
                }
            }
        }
        Optional<CorsPolicy> cors = template.httpApis().values().stream().map(HttpApiConfig::cors)
                .flatMap(Optional::stream).findFirst().map(CorsPolicy::new);
        return new GatewayConfiguration(new RouteTable(targets), authorizers, cors);
    }

    private static JwtAuthorizer authorizer(SamTemplate template, IntrinsicResolver resolver, String apiId,
            String name) {
        HttpApiConfig api = template.httpApis().get(apiId);
        HttpApiConfig.JwtAuthorizer config = api == null ? null : api.authorizers().get(name);
        if (config == null) {
            throw new IllegalStateException("route authorizer " + name + " is not declared on " + apiId
                    + " (only JWT authorizers are emulated)");
        }
        String issuer = resolver.resolveString(config.issuer());
        List<String> audiences = config.audience().stream().map(resolver::resolveString).toList();
        return new JwtAuthorizer(issuer, audiences, config.identitySource());
    }
}
