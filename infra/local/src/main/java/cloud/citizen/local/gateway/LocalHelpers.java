package cloud.citizen.local.gateway;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cloud.citizen.local.Json;
import cloud.citizen.local.apidocs.ApiDocsPages;
import cloud.citizen.local.lambda.FunctionStats;
import cloud.citizen.local.lambda.LocalLambda;

/**
 * Local-only endpoints under {@code /_local/}, served by the gateway itself and never deployed:
 * {@code GET /_local/sms?phone=} (text messages delivered to a phone, newest first) and
 * {@code GET /_local/functions} (instances, cold starts and invocations per function), and the API's
 * documentation ({@link ApiDocsPages}: {@code /_local/openapi}, {@code /_local/errors}).
 */
public final class LocalHelpers {

    public static final String PREFIX = "/_local/";

    private final SmsDeliveryLog sms;
    private final LocalLambda lambda;
    private final ApiDocsPages docs;

    public LocalHelpers(SmsDeliveryLog sms, LocalLambda lambda, ApiDocsPages docs) {
        this.sms = sms;
        this.lambda = lambda;
        this.docs = docs;
    }

    /** The API reference and error catalogue pages (HTML or JSON), or empty for another path. */
    public Optional<ApiDocsPages.Page> page(String path) {
        return docs.page(path);
    }

    /** @return the JSON answer, or empty for an unknown helper path */
    public Optional<ObjectNode> answer(String path, String rawQuery) {
        return switch (path) {
            case PREFIX + "sms" -> Optional.of(sms(HttpApiEvent.queryParameters(rawQuery).get("phone")));
            case PREFIX + "functions" -> Optional.of(functions());
            default -> Optional.empty();
        };
    }

    private ObjectNode sms(String phone) {
        ObjectNode answer = Json.object();
        ArrayNode items = answer.putArray("items");
        for (SmsDeliveryLog.Sms message : sms.deliveredTo(Optional.ofNullable(phone).filter(p -> !p.isBlank()))) {
            items.addObject().put("phone", message.phone()).put("text", message.text()).put("sentAt", message.sentAt());
        }
        return answer;
    }

    private ObjectNode functions() {
        ObjectNode answer = Json.object();
        ArrayNode items = answer.putArray("items");
        for (FunctionStats stats : lambda.stats()) {
            items.addObject()
                    .put("function", stats.function())
                    .put("instances", stats.instances())
                    .put("busy", stats.busy())
                    .put("idle", stats.idle())
                    .put("maxConcurrency", stats.maxConcurrency())
                    .put("coldStarts", stats.coldStarts())
                    .put("invocations", stats.invocations())
                    .put("errors", stats.errors())
                    .put("timeouts", stats.timeouts())
                    .put("throttles", stats.throttles())
                    .put("lastInitDurationMs", stats.lastInitDuration().toMillis())
                    .put("warmInstanceRssMb", stats.warmInstanceRssKb() / 1024);
        }
        return answer;
    }
}
