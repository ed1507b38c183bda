package cloud.citizen.local.gateway;

import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;

import cloud.citizen.emulator.template.IntrinsicResolver;
import cloud.citizen.local.Json;

/**
 * Builds the event that API Gateway sends to a Lambda integration in payload format 2.0:
 * lower-case headers with repeated ones comma-joined, cookies in their own list, query
 * parameters decoded and comma-joined, path parameters, the request context (route key, request
 * id, time, source IP, user agent, JWT claims) and the body, base64 when it is not text.
 */
public final class HttpApiEvent {

    public static final String API_ID = "localapi00";
    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter
            .ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** What the gateway knows about one incoming request. */
    public record Request(String method, String rawPath, String rawQuery, Headers headers, byte[] body,
            InetSocketAddress remote, int localPort, String requestId, Instant receivedAt) {
    }

    private HttpApiEvent() {
    }

    public static ObjectNode of(Request request, String routeKey, Map<String, String> pathParameters,
            Optional<JwtAuthorizer.Authorized> authorized) {
        ObjectNode event = Json.object();
        event.put("version", "2.0");
        event.put("routeKey", routeKey);
        event.put("rawPath", request.rawPath());
        event.put("rawQueryString", request.rawQuery() == null ? "" : request.rawQuery());
        List<String> cookies = cookies(request.headers());
        if (!cookies.isEmpty()) {
            cookies.forEach(event.putArray("cookies")::add);
        }
        ObjectNode headers = event.putObject("headers");
        headers(request).forEach(headers::put);
        Map<String, String> query = queryParameters(request.rawQuery());
        if (!query.isEmpty()) {
            ObjectNode parameters = event.putObject("queryStringParameters");
            query.forEach(parameters::put);
        }
        if (!pathParameters.isEmpty()) {
            ObjectNode parameters = event.putObject("pathParameters");
            pathParameters.forEach(parameters::put);
        }
        requestContext(event.putObject("requestContext"), request, routeKey, authorized);
        if (request.body().length > 0) {
            boolean text = isText(request.headers().getFirst("Content-Type"));
            event.put("body", text ? new String(request.body(), StandardCharsets.UTF_8)
                    : Base64.getEncoder().encodeToString(request.body()));
            event.put("isBase64Encoded", !text);
        } else {
            event.put("isBase64Encoded", false);
        }
        return event;
    }

    private static void requestContext(ObjectNode context, Request request, String routeKey,
            Optional<JwtAuthorizer.Authorized> authorized) {
        String host = Optional.ofNullable(request.headers().getFirst("Host")).orElse("localhost");
        String domainName = host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host;
        context.put("accountId", IntrinsicResolver.ACCOUNT_ID);
        context.put("apiId", API_ID);
        authorized.ifPresent(claims -> {
            ObjectNode jwt = context.putObject("authorizer").putObject("jwt");
            ObjectNode rendered = jwt.putObject("claims");
            ClaimValues.render(claims.claims()).forEach(rendered::put);
            jwt.putNull("scopes"); // only routes with AuthorizationScopes get them
        });
        context.put("domainName", domainName);
        context.put("domainPrefix", domainName.contains(".") ? domainName.substring(0, domainName.indexOf('.'))
                : domainName);
        ObjectNode http = context.putObject("http");
        http.put("method", request.method());
        http.put("path", request.rawPath());
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", request.remote().getAddress().getHostAddress());
        http.put("userAgent", Optional.ofNullable(request.headers().getFirst("User-Agent")).orElse(""));
        context.put("requestId", request.requestId());
        context.put("routeKey", routeKey);
        context.put("stage", "$default");
        context.put("time", REQUEST_TIME.format(request.receivedAt()));
        context.put("timeEpoch", request.receivedAt().toEpochMilli());
    }

    /** Lower-case names, repeated headers comma-joined, the Cookie header moved to {@code cookies}. */
    static Map<String, String> headers(Request request) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.equals("cookie")) {
                headers.put(lower, String.join(",", values));
            }
        });
        headers.putIfAbsent("x-forwarded-for", request.remote().getAddress().getHostAddress());
        headers.putIfAbsent("x-forwarded-port", Integer.toString(request.localPort()));
        headers.putIfAbsent("x-forwarded-proto", "http");
        headers.putIfAbsent("x-amzn-trace-id", "Root=1-" + Long.toHexString(request.receivedAt().getEpochSecond())
                + "-" + request.requestId().replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT));
        return headers;
    }

    static List<String> cookies(Headers headers) {
        List<String> cookies = new ArrayList<>();
        for (String header : headers.getOrDefault("Cookie", List.of())) {
            for (String cookie : header.split(";")) {
                if (!cookie.isBlank()) {
                    cookies.add(cookie.trim());
                }
            }
        }
        return cookies;
    }

    static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.merge(name, value, (first, second) -> first + "," + second);
        }
        return parameters;
    }

    /**
     * Which request bodies API Gateway passes as text; everything else (images, form posts,
     * octet streams, no content type) arrives base64-encoded.
     */
    static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
        return type.startsWith("text/") || type.equals("application/json") || type.endsWith("+json")
                || type.equals("application/xml") || type.endsWith("+xml") || type.equals("application/javascript");
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }
}
