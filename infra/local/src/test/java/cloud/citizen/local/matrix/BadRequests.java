package cloud.citizen.local.matrix;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cloud.citizen.local.Json;

/**
 * Generated requests no client should send: for a template route, path parameters that are long,
 * unicode, {@code ../}, control characters or impossible ids; bodies that are random JSON, the
 * route's own body with a field of the wrong type, huge, deeply nested or not JSON at all; odd
 * query strings and headers. Every one of them must get a 4xx problem+json, never a 5xx.
 */
public final class BadRequests {
    /** A JSON escape of a surrogate (backslash, u, D800-DFFF): the generators write surrogates only this way, never as a pair. */
    private static final Pattern UNPAIRED_SURROGATE = Pattern.compile("(?i)\\\\ud[89a-f][0-9a-f]{2}");
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)\\+?\\}");
    private static final List<String> QUERY_KEYS = List.of("limit", "cursor", "status", "sort", "date", "from", "to",
            "q", "category", "department", "district", "type");

    /** One generated request; {@code body} null means none. */
    public record BadRequest(TemplateRoutes.Route route, String path, byte[] body, Map<String, String> headers,
            String what) {
        /** path, body, query, headers, or surrogate (a body holding an unpaired surrogate escape). */
        public String kind() {
            if (body != null && UNPAIRED_SURROGATE.matcher(new String(body, StandardCharsets.ISO_8859_1)).find()) {
                return "surrogate";
            }
            return what.split(" ")[0];
        }

        @Override
        public String toString() {
            String shown = body == null ? "(no body)" : new String(body, 0, Math.min(body.length, 200),
                    StandardCharsets.UTF_8);
            return route.key() + " as " + path.substring(0, Math.min(path.length(), 200)) + " " + what + " headers="
                    + headers + " body=" + shown;
        }
    }

    private BadRequests() {
    }

    public static Arbitrary<BadRequest> forRoutes(List<TemplateRoutes.Route> routes, Map<String, String> validBodies) {
        // ids in the path are where the 5xx were: they get twice the share of the other kinds
        return Arbitraries.of(routes).flatMap(route -> Arbitraries.frequencyOf(
                Tuple.of(2, badPath(route)), Tuple.of(1, badBody(route, validBodies.get(route.key()))),
                Tuple.of(1, badQuery(route)), Tuple.of(1, badHeaders(route))));
    }

    private static Arbitrary<BadRequest> badPath(TemplateRoutes.Route route) {
        List<String> names = parameters(route.path());
        if (names.isEmpty()) {
            return badQuery(route);
        }
        return pathValue().list().ofSize(names.size()).map(values -> {
            Map<String, String> bound = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                bound.put(names.get(i), values.get(i));
            }
            return new BadRequest(route, fill(route.path(), bound), null, Map.of(), "path " + bound.keySet());
        });
    }

    private static Arbitrary<BadRequest> badBody(TemplateRoutes.Route route, String validBody) {
        Arbitrary<byte[]> bodies = Arbitraries.oneOf(
                randomJson(3).map(Json::bytes),
                wrongTypes(validBody),
                unpairedSurrogate(validBody),
                Arbitraries.integers().between(65 * 1024, 200 * 1024).map(n -> ("{\"text\":\"" + "字".repeat(n / 3)
                        + "\"}").getBytes(StandardCharsets.UTF_8)),
                Arbitraries.integers().between(500, 5000).map(depth -> ("[".repeat(depth) + "]".repeat(depth))
                        .getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(300),
                Arbitraries.of("", "null", "{", "{\"a\":", "[]", "\"text\"", "12", "{\"a\":1,\"a\":2}", "\uFEFF{}",
                        "{\"title\":\"\\ud800\"}").map(text -> text.getBytes(StandardCharsets.UTF_8)));
        return bodies.map(body -> new BadRequest(route, plainPath(route), body, Map.of(), "body"));
    }

    private static Arbitrary<BadRequest> badQuery(TemplateRoutes.Route route) {
        Arbitrary<String> pair = Combinators.combine(Arbitraries.oneOf(Arbitraries.of(QUERY_KEYS), text(12)),
                Arbitraries.oneOf(text(30), Arbitraries.of("-1", "0", "101", "1e9", "99999999999999999999", "2026-13-40",
                        "20261130", "", "true", "🙂", "../../etc/passwd", "%", "x".repeat(3000))))
                .as((key, value) -> encode(key) + "=" + encode(value));
        return pair.list().ofMinSize(1).ofMaxSize(4).map(pairs -> new BadRequest(route,
                plainPath(route) + "?" + String.join("&", pairs), null, Map.of(), "query"));
    }

    private static Arbitrary<BadRequest> badHeaders(TemplateRoutes.Route route) {
        Arbitrary<Map<String, String>> headers = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMinLength(0).ofMaxLength(120).map(key -> Map.of("Idempotency-Key", key)),
                Arbitraries.of("text/plain", "application/xml", "application/json; charset=latin1", "multipart/form-data",
                        "application/x-www-form-urlencoded", "*/*", "application/json;;;").map(type ->
                        Map.of("Content-Type", type)),
                Arbitraries.of("application/xml", "text/html", "image/png").map(accept -> Map.of("Accept", accept)),
                Arbitraries.strings().withCharRange('0', 'z').ofMaxLength(200).map(sig -> Map.of("X-Signature", sig)));
        return headers.map(chosen -> new BadRequest(route, plainPath(route), "{}".getBytes(StandardCharsets.UTF_8),
                chosen, "headers"));
    }

    /** Path parameter values a client should never send, percent-encoded as a client would. */
    static Arbitrary<String> pathValue() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(20).map(BadRequests::encode),
                Arbitraries.strings().withChars("abcxyz0189-._~").ofMinLength(65).ofMaxLength(300),
                Arbitraries.strings().withChars("abcxyz0189-._~").ofMinLength(2100).ofMaxLength(3000),
                Arbitraries.of("..", "../..", "..%2F..%2Fadmin", "%2e%2e", "%00", "%0A", "%0D%0A", "%7F", "%C0%AF",
                        "jinjiang-flu.20261399.0900", "jinjiang-flu.20260230.2599", "c-demo.0.0", "null", "undefined",
                        "-1", "0", "1e999", "9".repeat(40), "%E2%80%AE", "%F0%9F%99%82", "%27%20OR%201%3D1",
                        "%7B%7D", "%5B%5D", "bills.water%00").map(String::valueOf));
    }

    private static Arbitrary<String> text(int maxLength) {
        return Arbitraries.strings().all().ofMaxLength(maxLength);
    }

    private static Arbitrary<JsonNode> randomJson(int depth) {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                text(40).map(s -> Json.MAPPER.getNodeFactory().textNode(s)),
                Arbitraries.longs().map(n -> Json.MAPPER.getNodeFactory().numberNode(n)),
                Arbitraries.doubles().map(d -> Json.MAPPER.getNodeFactory().numberNode(d)),
                Arbitraries.of(true, false).map(b -> Json.MAPPER.getNodeFactory().booleanNode(b)),
                Arbitraries.just(Json.MAPPER.getNodeFactory().nullNode()));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<JsonNode> object = Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of("title", "text", "slotId",
                "phone", "unitId", "choices", "answers", "questions", "method", "name", "status", "action"), text(8)),
                Arbitraries.lazy(() -> randomJson(depth - 1))).ofMaxSize(5).map(fields -> {
                    ObjectNode node = Json.object();
                    fields.forEach(node::set);
                    return node;
                });
        Arbitrary<JsonNode> array = Arbitraries.lazy(() -> randomJson(depth - 1)).list().ofMaxSize(4)
                .map(items -> {
                    var node = Json.MAPPER.createArrayNode();
                    items.forEach(node::add);
                    return node;
                });
        return Arbitraries.oneOf(leaf, object, array);
    }

    /** The route's valid body (from the access matrix) with one field replaced by a value of another type. */
    private static Arbitrary<byte[]> wrongTypes(String validBody) {
        if (validBody == null || !validBody.startsWith("{")) {
            return randomJson(2).map(Json::bytes);
        }
        JsonNode valid = Json.parse(validBody);
        List<String> fields = new ArrayList<>();
        valid.fieldNames().forEachRemaining(fields::add);
        if (fields.isEmpty()) {
            return randomJson(2).map(Json::bytes);
        }
        return Combinators.combine(Arbitraries.of(fields), randomJson(1)).as((field, value) -> {
            ObjectNode changed = valid.deepCopy();
            changed.set(field, value);
            return Json.bytes(changed);
        });
    }

    /** The route's valid body with one string field ending in an unpaired surrogate escape (valid JSON, not Unicode). */
    private static Arbitrary<byte[]> unpairedSurrogate(String validBody) {
        if (validBody == null || !validBody.startsWith("{")) {
            return Arbitraries.just("{\"title\":\"\\ud800\"}".getBytes(StandardCharsets.UTF_8));
        }
        JsonNode valid = Json.parse(validBody);
        List<String> texts = new ArrayList<>();
        valid.fieldNames().forEachRemaining(field -> {
            if (valid.get(field).isTextual()) {
                texts.add(field);
            }
        });
        if (texts.isEmpty()) {
            return Arbitraries.just("{\"title\":\"\\ud800\"}".getBytes(StandardCharsets.UTF_8));
        }
        return Arbitraries.of(texts).map(field -> {
            ObjectNode changed = valid.deepCopy();
            changed.put(field, "SURROGATE");
            return Json.text(changed).replace("SURROGATE", "a\\udc01").getBytes(StandardCharsets.UTF_8);
        });
    }

    static List<String> parameters(String path) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The route's path with ids that exist nowhere, so that only the body, query or headers are wrong. */
    static String plainPath(TemplateRoutes.Route route) {
        Map<String, String> bound = new LinkedHashMap<>();
        parameters(route.path()).forEach(name -> bound.put(name, name.equals("communityId") ? "c-demo"
                : "no-such-" + name.toLowerCase()));
        return fill(route.path(), bound);
    }

    private static String fill(String path, Map<String, String> values) {
        Matcher matcher = PARAMETER.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(values.get(matcher.group(1))));
        }
        return matcher.appendTail(filled).toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
