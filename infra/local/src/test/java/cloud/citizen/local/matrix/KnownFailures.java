package cloud.citizen.local.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@value #RESOURCE}: the cells of the access matrix where today's code does not yet answer what
 * the contract says (owned by another branch), each with the answer it gives today, and the rows
 * whose route another branch adds. A listed cell must still answer as listed: once it is fixed
 * the matrix fails and says which line to delete, so the list only ever shrinks.
 */
public final class KnownFailures {
    public static final String RESOURCE = "/access-matrix-known-failures.md";
    public static final String BAD_INPUT_RESOURCE = "/bad-input-known-failures.md";
    /** The caller column value of a row whose route is not in template.yaml yet. */
    public static final String ROUTE_PENDING = "(route)";

    private final Map<String, Expected> cells;
    private final Set<String> pendingRoutes;

    private KnownFailures(Map<String, Expected> cells, Set<String> pendingRoutes) {
        this.cells = cells;
        this.pendingRoutes = pendingRoutes;
    }

    public static KnownFailures load() {
        Map<String, Expected> cells = new LinkedHashMap<>();
        Set<String> pending = new TreeSet<>();
        for (String line : text(RESOURCE).split("\n")) {
            if (!line.startsWith("| ") || line.startsWith("| route ")) {
                continue;
            }
            String[] parts = line.substring(1).split("\\|");
            String route = parts[0].trim();
            String caller = parts[1].trim();
            if (caller.equals(ROUTE_PENDING)) {
                pending.add(route);
            } else {
                cells.put(key(route, caller), Expected.parse(parts[2]));
            }
        }
        return new KnownFailures(cells, pending);
    }

    /** The answer today's code gives in that cell, when it is a known failure. */
    public Optional<Expected> answerToday(String route, Caller caller) {
        return Optional.ofNullable(cells.get(key(route, caller.column())));
    }

    public Set<String> pendingRoutes() {
        return pendingRoutes;
    }

    public int size() {
        return cells.size() + pendingRoutes.size();
    }

    private static String key(String route, String column) {
        return route + " × " + column;
    }

    /** Matches every route in {@value #BAD_INPUT_RESOURCE}. */
    public static final String ANY_ROUTE = "(any route)";

    /** {@value #BAD_INPUT_RESOURCE}: "route × kind" of bad input that may still get a 5xx today. */
    public static Set<String> badInput() {
        Set<String> tolerated = new TreeSet<>();
        for (String line : text(BAD_INPUT_RESOURCE).split("\n")) {
            if (line.startsWith("| ") && !line.startsWith("| route ")) {
                String[] parts = line.substring(1).split("\\|");
                tolerated.add(parts[0].trim() + " × " + parts[1].trim());
            }
        }
        return tolerated;
    }

    static String text(String resource) {
        try (InputStream in = KnownFailures.class.getResourceAsStream(resource)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
