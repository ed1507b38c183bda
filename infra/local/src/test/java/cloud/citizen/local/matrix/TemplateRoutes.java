package cloud.citizen.local.matrix;

import java.util.List;

import cloud.citizen.emulator.RepositoryRoot;
import cloud.citizen.emulator.template.HttpRoute;
import cloud.citizen.emulator.template.SamFunction;
import cloud.citizen.emulator.template.SamTemplate;

/** The HttpApi routes of template.yaml (the {@code $default} catch-all left out), with the function serving each. */
public final class TemplateRoutes {

    public record Route(String key, String method, String path, String function, boolean isPublic) {
    }

    private TemplateRoutes() {
    }

    public static List<Route> all() {
        SamTemplate template = SamTemplate.load(RepositoryRoot.template(RepositoryRoot.locate()));
        return template.functions().stream()
                .flatMap(function -> function.httpRoutes().stream().filter(route -> !route.isCatchAll())
                        .map(route -> route(function, route)))
                .sorted(java.util.Comparator.comparing(Route::path).thenComparing(Route::method)).toList();
    }

    private static Route route(SamFunction function, HttpRoute route) {
        return new Route(route.routeKey(), route.method(), route.path(), function.logicalId(),
                !route.requiresAuthorization());
    }
}
