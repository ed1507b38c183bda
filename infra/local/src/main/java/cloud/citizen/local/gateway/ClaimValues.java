package cloud.citizen.local.gateway;

import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Claims as API Gateway's JWT authorizer passes them in payload 2.0
 * ({@code requestContext.authorizer.jwt.claims}): every value a string. Numbers and booleans
 * become their JSON text ({@code "exp": "1735689600"}); arrays become their elements separated by
 * spaces inside brackets ({@code "roles": "[citizen staff]"}) - the format AWS users find on real
 * HTTP APIs and have to split themselves; nested objects likewise as {@code map[key:value ...]},
 * keys sorted.
 */
public final class ClaimValues {

    private ClaimValues() {
    }

    public static Map<String, String> render(Map<String, Object> claims) {
        Map<String, String> rendered = new LinkedHashMap<>();
        claims.forEach((name, value) -> rendered.put(name, render(value)));
        return rendered;
    }

    static String render(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Date date) { // nimbus hands iat/exp/nbf over as dates
            return Long.toString(date.getTime() / 1000);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(ClaimValues::render).collect(Collectors.joining(" ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, item) -> sorted.put(String.valueOf(key), item));
            return sorted.entrySet().stream().map(entry -> entry.getKey() + ":" + render(entry.getValue()))
                    .collect(Collectors.joining(" ", "map[", "]"));
        }
        if (value instanceof Double number && number == Math.rint(number) && !number.isInfinite()) {
            return Long.toString(number.longValue());
        }
        return String.valueOf(value);
    }
}
