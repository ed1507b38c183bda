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

    /** The route an HTTP function is probed on: its first GET without path variables, or the one of that path. */
    static Optional<HttpRoute> route(SamFunction function, Optional<String> path) {
        return function.httpRoutes().stream()
                .filter(candidate -> candidate.method().equals("GET") && !candidate.isCatchAll()
                        && !candidate.path().contains("{") && path.map(candidate.path()::equals).orElse(true))
                .findFirst();
    }

    static Optional<Supplier<byte[]>> of(SamFunction function, Optional<String> path, String citizenToken) {
        Optional<HttpRoute> route = route(function, path);
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
        return () -> {
            Headers headers = new Headers();
            headers.add("Host", "localhost:3000");
            headers.add("User-Agent", "bench-local");
            token.ifPresent(value -> headers.add("Authorization", "Bearer " + value));
            HttpApiEvent.Request request = new HttpApiEvent.Request("GET", route.path(), "", headers, new byte[0],
                    new InetSocketAddress("127.0.0.1", 40000), 3000, UUID.randomUUID().toString(), Instant.now());
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
