package cloud.citizen.emulator.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import cloud.citizen.emulator.RepositoryRoot;
import cloud.citizen.emulator.template.HttpRoute;
import cloud.citizen.emulator.template.SamFunction;
import cloud.citizen.emulator.template.SamTemplate;
import cloud.citizen.emulator.testing.JaxRsEndpoints.Endpoint;

/**
 * Checks that the HttpApi routes template.yaml gives a function and the JAX-RS endpoints of its
 * compiled resource classes are the same set ({@code METHOD /path}, path parameters by name).
 * The {@code $default} catch-all route is left out; an {@code ANY} route accepts every method on
 * its path. In a function module's test:
 * <pre>
 * &#64;Test
 * void everyTemplateRouteHasAHandlerAndViceVersa() {
 *     RouteCoverage.assertFunctionInThisModuleMatchesItsRoutes();
 * }
 * </pre>
 */
public final class RouteCoverage {

    private RouteCoverage() {
    }

    /** What differs, both sides sorted; empty lists mean the routes and handlers match. */
    public record Mismatch(List<String> routesWithoutHandler, List<String> handlersWithoutRoute) {
        public boolean isEmpty() {
            return routesWithoutHandler.isEmpty() && handlersWithoutRoute.isEmpty();
        }
    }

    /** For a function module's own tests: the function whose CodeUri is in the working dir, its {@code target/classes}. */
    public static void assertFunctionInThisModuleMatchesItsRoutes() {
        Path root = RepositoryRoot.locate();
        SamTemplate template = SamTemplate.load(RepositoryRoot.template(root));
        String module = EmulatedAwsResource.moduleDirectory();
        SamFunction function = template.functionInModule(module).orElseThrow(() -> new AssertionError(
                "no function in template.yaml has its CodeUri in " + module));
        assertMatches(function, root.resolve(module).resolve("target/classes"), "");
    }

    public static void assertMatches(SamFunction function, Path classesDirectory, String packagePrefix) {
        Mismatch mismatch = compare(function, classesDirectory, packagePrefix);
        if (!mismatch.isEmpty()) {
            throw new AssertionError("HttpApi routes of " + function.logicalId() + " in template.yaml and the JAX-RS"
                    + " handlers in " + classesDirectory + " differ:"
                    + "\n  routes without handler: " + mismatch.routesWithoutHandler()
                    + "\n  handlers without route: " + mismatch.handlersWithoutRoute());
        }
    }

    public static Mismatch compare(SamFunction function, Path classesDirectory, String packagePrefix) {
        if (!Files.isDirectory(classesDirectory)) {
            throw new IllegalArgumentException(classesDirectory + " does not exist: compile the module first");
        }
        SortedSet<Endpoint> handlers = JaxRsEndpoints.in(classesDirectory, packagePrefix);
        List<HttpRoute> routes = function.httpRoutes().stream().filter(route -> !route.isCatchAll()).toList();
        SortedSet<String> routesWithoutHandler = new TreeSet<>();
        for (HttpRoute route : routes) {
            String path = JaxRsEndpoints.normalise(route.path());
            boolean handled = handlers.stream().anyMatch(handler -> handler.path().equals(path)
                    && (route.method().equals("ANY") || handler.method().equals(route.method())));
            if (!handled) {
                routesWithoutHandler.add(route.routeKey());
            }
        }
        SortedSet<String> handlersWithoutRoute = new TreeSet<>();
        for (Endpoint handler : handlers) {
            boolean routed = routes.stream().anyMatch(route -> JaxRsEndpoints.normalise(route.path())
                    .equals(handler.path()) && (route.method().equals("ANY") || route.method().equals(handler.method())));
            if (!routed) {
                handlersWithoutRoute.add(handler.routeKey() + " (" + handler.handler() + ")");
            }
        }
        return new Mismatch(List.copyOf(routesWithoutHandler), List.copyOf(handlersWithoutRoute));
    }
}
