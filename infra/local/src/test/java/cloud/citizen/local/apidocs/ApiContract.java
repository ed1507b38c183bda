package cloud.citizen.local.apidocs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The routes, statuses and error codes that docs/api.md's tables promise: one {@link Row} per
 * table row ({@code | method path | body | success | errors (code) |}). A row may name several
 * routes ({@code GET, PUT /v1/moderation/words}; {@code POST /v1/services (admin), PUT /v1/services/{serviceId}}).
 */
record ApiContract(List<Row> rows) {

    /** The routes of a row, and every status and UPPER_SNAKE code in its success and errors cells. */
    record Row(List<String> routes, Set<String> statuses, Set<String> codes) {
    }

    private static final Pattern ROUTE = Pattern.compile("((?:(?:GET|POST|PUT|PATCH|DELETE),?\\s*)+)(/[^\\s?,(]+)");
    private static final Pattern STATUS = Pattern.compile("(?<![\\w/{.-])([1-5]\\d\\d)(?![\\w}])");
    /** Numbers in the cells that are statuses (and not, say, "at most 366 rows"). */
    private static final Set<String> HTTP_STATUSES = Set.of("200", "201", "202", "204", "400", "401", "403", "404", "405",
            "409", "413", "415", "422", "429", "500", "502", "503", "504");
    private static final Pattern CODE = Pattern.compile("`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`");

    static ApiContract parse(String markdown) {
        List<Row> rows = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            String[] cells = line.split("(?<!\\\\)\\|");
            if (cells.length < 4 || !cells[1].trim().matches("(GET|POST|PUT|PATCH|DELETE)\\b.*")) {
                continue;
            }
            List<String> routes = routes(cells[1]);
            String outcomes = String.join(" ", java.util.Arrays.asList(cells).subList(cells.length - 2, cells.length));
            Set<String> statuses = matches(STATUS, outcomes);
            statuses.retainAll(HTTP_STATUSES);
            rows.add(new Row(routes, statuses, matches(CODE, outcomes)));
        }
        return new ApiContract(rows);
    }

    private static List<String> routes(String cell) {
        List<String> routes = new ArrayList<>();
        Matcher matcher = ROUTE.matcher(cell);
        while (matcher.find()) {
            for (String method : matcher.group(1).split("[,\\s]+")) {
                if (!method.isBlank()) {
                    routes.add(method + " " + matcher.group(2));
                }
            }
        }
        return routes;
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
