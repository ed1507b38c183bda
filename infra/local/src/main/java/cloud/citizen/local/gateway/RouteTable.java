package cloud.citizen.local.gateway;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cloud.citizen.emulator.template.HttpRoute;

/**
 * The HTTP API's routes, matched as API Gateway does: a full match of path and method first
 * (literal segments beat path variables, an exact method beats ANY), then routes with a greedy
 * {@code {proxy+}} variable, then {@code $default}; nothing else: {@code {"message":"Not Found"}}.
 */
public final class RouteTable {

    /** A route of the template and the function behind it. */
    public record Target(String function, HttpRoute route) {
    }

    public record Match(Target target, Map<String, String> pathParameters) {
    }

    private record CompiledRoute(Target target, List<String> segments) {

        boolean greedy() {
            return !segments.isEmpty() && segments.get(segments.size() - 1).endsWith("+}");
        }

        long literalSegments() {
            return segments.stream().filter(segment -> !segment.startsWith("{")).count();
        }

        boolean anyMethod() {
            return target.route().method().equals("ANY");
        }
    }

    private static final Comparator<CompiledRoute> MOST_SPECIFIC_FIRST = Comparator
            .comparing(CompiledRoute::greedy)
            .thenComparing(Comparator.comparingLong(CompiledRoute::literalSegments).reversed())
            .thenComparing(route -> route.segments().size(), Comparator.reverseOrder())
            .thenComparing(CompiledRoute::anyMethod);

    private final List<CompiledRoute> routes = new ArrayList<>();
    private final Optional<Target> catchAll;

    public RouteTable(List<Target> targets) {
        Target fallback = null;
        for (Target target : targets) {
            if (target.route().isCatchAll()) {
                fallback = target;
            } else {
                routes.add(new CompiledRoute(target, segments(target.route().path())));
            }
        }
        routes.sort(MOST_SPECIFIC_FIRST);
        this.catchAll = Optional.ofNullable(fallback);
    }

    public Optional<Match> match(String method, String rawPath) {
        List<String> requestSegments = segments(rawPath);
        for (CompiledRoute route : routes) {
            if (!route.anyMethod() && !route.target().route().method().equalsIgnoreCase(method)) {
                continue;
            }
            Map<String, String> parameters = matchPath(route.segments(), requestSegments);
            if (parameters != null) {
                return Optional.of(new Match(route.target(), parameters));
            }
        }
        return catchAll.map(target -> new Match(target, Map.of()));
    }

    public List<Target> targets() {
        List<Target> all = new ArrayList<>(routes.stream().map(CompiledRoute::target).toList());
        catchAll.ifPresent(all::add);
        return all;
    }

    private static Map<String, String> matchPath(List<String> template, List<String> request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String segment = template.get(i);
            if (segment.endsWith("+}")) {
                if (i >= request.size()) {
                    return null; // a greedy variable needs at least one segment
                }
                parameters.put(segment.substring(1, segment.length() - 2),
                        decode(String.join("/", request.subList(i, request.size()))));
                return parameters;
            }
            if (i >= request.size()) {
                return null;
            }
            String actual = request.get(i);
            if (segment.startsWith("{") && segment.endsWith("}")) {
                if (actual.isEmpty()) {
                    return null;
                }
                parameters.put(segment.substring(1, segment.length() - 1), decode(actual));
            } else if (!segment.equals(actual)) {
                return null;
            }
        }
        return template.size() == request.size() ? parameters : null;
    }

    private static List<String> segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.isEmpty()) {
            return List.of();
        }
        return List.of(trimmed.split("/", -1));
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
