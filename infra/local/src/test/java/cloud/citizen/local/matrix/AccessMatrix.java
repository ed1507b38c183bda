package cloud.citizen.local.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The table of {@value #RESOURCE}: per route, the request to send (path and body with fixture
 * placeholders) and the answer every kind of caller must get. Kept as a Markdown table so that a
 * reviewer can hold it next to the API contract.
 */
public final class AccessMatrix {
    public static final String RESOURCE = "/access-matrix.md";
    private static final String NO_BODY = "-";
    private static final String SAME_AS_ROUTE = "=";

    /** One route's row. {@code body} is null when the request has none. */
    public record Row(String route, String path, String body, Map<Caller, Expected> expected) {
        public String method() {
            return route.substring(0, route.indexOf(' '));
        }
    }

    private AccessMatrix() {
    }

    public static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : text().split("\n")) {
            if (line.startsWith("| ") && !line.startsWith("| route ")) {
                rows.add(row(line));
            }
        }
        return rows;
    }

    private static Row row(String line) {
        String[] cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|", -1))
                .map(String::trim).toArray(String[]::new);
        Caller[] callers = Caller.values();
        if (cells.length != 3 + callers.length) {
            throw new IllegalArgumentException("a row needs route, path, body and " + callers.length
                    + " callers: " + line);
        }
        Map<Caller, Expected> expected = new EnumMap<>(Caller.class);
        for (int i = 0; i < callers.length; i++) {
            expected.put(callers[i], Expected.parse(cells[3 + i]));
        }
        String route = cells[0];
        String path = cells[1].equals(SAME_AS_ROUTE) ? route.substring(route.indexOf(' ') + 1) : cells[1];
        return new Row(route, path, cells[2].equals(NO_BODY) ? null : cells[2], expected);
    }

    static String text() {
        try (InputStream in = AccessMatrix.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
