package cloud.citizen.local.bench;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.sun.net.httpserver.Headers;

import cloud.citizen.emulator.template.HttpRoute;
import cloud.citizen.emulator.template.SamFunction;
import cloud.citizen.local.Json;
import cloud.citizen.local.gateway.HttpApiEvent;

/**
 * The event a benchmark sends to a function, chosen from its template events: an HTTP function
 * gets a GET of its first route without path variables (with the demo citizen's token where the
 * route needs one), a queue consumer an SQS event with one message (for notifications a
 * deliverable SMS with a fresh event id, so every call does the real work), a scheduled function
 * a Scheduled Event. Functions with none of these are not benchmarked.
 */
final class Probes {

    private Probes() {
    }

    /** The route an HTTP function is probed on: its first GET without path variables. */
    static Optional<HttpRoute> route(SamFunction function) {
        return function.httpRoutes().stream()
                .filter(candidate -> candidate.method().equals("GET") && !candidate.isCatchAll()
                        && !candidate.path().contains("{"))
                .findFirst();
    }

    static Optional<Supplier<byte[]>> of(SamFunction function, String citizenToken) {
        Optional<HttpRoute> route = route(function);
        if (route.isPresent()) {
            return Optional.of(http(route.get(), route.get().requiresAuthorization() ? Optional.of(citizenToken)
                    : Optional.empty()));
        }
        if (!function.sqsEvents().isEmpty()) {
            boolean notifications = function.environment().containsKey("SMS_GATEWAY");
            return Optional.of(() -> sqs(notifications
                    ? Json.text(Map.of("eventId", UUID.randomUUID().toString(), "type", "sms", "phone", "13900000000",
                            "text", "benchmark"))
                    : "{}"));
        }
        if (!function.schedules().isEmpty()) {
            return Optional.of(() -> ("{\"version\":\"0\",\"id\":\"" + UUID.randomUUID()
                    + "\",\"detail-type\":\"Scheduled Event\",\"source\":\"aws.events\",\"detail\":{}}")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return Optional.empty();
    }

    static Supplier<byte[]> http(HttpRoute route, Optional<String> token) {
        return http(route, token, "");
    }

    /**
     * {@code --probe Function='METHOD /path [JSON body]'}: another request than the default GET (e.g. accounts'
     * password login, whose Argon2 hash is what its MemorySize buys CPU for).
     */
    static Optional<Supplier<byte[]>> custom(SamFunction function, String spec, String citizenToken) {
        String[] parts = spec.trim().split("\\s+", 3);
        return customRoute(function, spec).map(route -> http(route, route.requiresAuthorization()
                ? Optional.of(citizenToken) : Optional.empty(), parts.length > 2 ? parts[2] : ""));
    }

    /** The template route a {@code --probe} names (its label, and what the gateway row measures). */
    static Optional<HttpRoute> customRoute(SamFunction function, String spec) {
        String[] parts = spec.trim().split("\\s+", 3);
        if (parts.length < 2) {
            throw new IllegalArgumentException("--probe needs Function='METHOD /path [body]', not " + spec);
        }
        return function.httpRoutes().stream()
                .filter(route -> route.method().equals(parts[0]) && route.path().equals(parts[1]))
                .findFirst();
    }

    private static Supplier<byte[]> http(HttpRoute route, Optional<String> token, String body) {
        return () -> {
            Headers headers = new Headers();
            headers.add("Host", "localhost:3000");
            headers.add("User-Agent", "bench-local");
            token.ifPresent(value -> headers.add("Authorization", "Bearer " + value));
            if (!body.isEmpty()) {
                headers.add("Content-Type", "application/json");
            }
            HttpApiEvent.Request request = new HttpApiEvent.Request(route.method(), route.path(), "", headers,
                    body.getBytes(StandardCharsets.UTF_8), new InetSocketAddress("127.0.0.1", 40000), 3000,
                    UUID.randomUUID().toString(), Instant.now());
            return Json.bytes(HttpApiEvent.of(request, route.routeKey(), Map.of(), Optional.empty()));
        };
    }

    private static byte[] sqs(String body) {
        var event = Json.object();
        var record = event.putArray("Records").addObject();
        record.put("messageId", UUID.randomUUID().toString());
        record.put("receiptHandle", "bench");
        record.put("body", body);
        record.putObject("attributes").put("ApproximateReceiveCount", "1");
        record.putObject("messageAttributes");
        record.put("eventSource", "aws:sqs");
        record.put("eventSourceARN", "arn:aws:sqs:us-east-1:000000000000:bench");
        record.put("awsRegion", "us-east-1");
        return Json.bytes(event);
    }
}
