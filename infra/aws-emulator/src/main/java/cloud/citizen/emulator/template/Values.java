package cloud.citizen.emulator.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed reads of the untyped YAML tree, failing with the path of the offending value. */
public final class Values {

    private Values() {
    }

    public static Map<String, Object> asMap(Object value, String where) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(where + " must be a mapping, got: " + value);
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, item) -> copy.put(String.valueOf(key), item));
        return copy;
    }

    public static List<Object> asList(Object value, String where) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return List.copyOf(list.stream().map(item -> (Object) item).toList());
        }
        throw new IllegalArgumentException(where + " must be a list, got: " + value);
    }

    /** CloudFormation accepts a single value where a list is expected in many places (S3 Events, Policies). */
    public static List<Object> asListOrSingle(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? List.copyOf(list) : List.of(value);
    }

    public static Map<String, Object> mapAt(Map<String, Object> parent, String key, String where) {
        return asMap(parent.get(key), where + "." + key);
    }

    /** A literal scalar (string, number, boolean) as text; intrinsic functions are not allowed here. */
    public static Optional<String> text(Object value, String where) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new IllegalArgumentException(where + " must be a literal value, got: " + value);
        }
        return Optional.of(String.valueOf(value));
    }

    public static Optional<Integer> integer(Object value, String where) {
        return text(value, where).map(text -> {
            try {
                return Integer.valueOf(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + " must be an integer, got: " + text, e);
            }
        });
    }

    public static Optional<Boolean> bool(Object value, String where) {
        return text(value, where).map(text -> Boolean.parseBoolean(text.trim()));
    }

    /** Null-safe {@code value.equals(literal)}, tolerant of YAML reading {@code NONE} or {@code 'NONE'}. */
    public static boolean isLiteral(Object value, String literal) {
        return value instanceof String text && text.equals(literal);
    }
}
