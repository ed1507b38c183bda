package cloud.citizen.stats.events;

import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cloud.citizen.platform.usage.ServiceUse;

/** The messages stats reads ({@code usage}) and writes ({@code service-usage}); docs/events.md. */
public final class StatsMessages {
    public static final String SERVICE_USAGE = "service-usage";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StatsMessages() {
    }

    /** @throws IllegalArgumentException for a malformed event: it fails, is retried and ends in the DLQ */
    public static ServiceUse readUsage(String body) {
        return ServiceUse.fromJson(body);
    }

    /**
     * An absolute usage count for the catalog. The event id names the service and the count, so a
     * message sent twice for the same count is recognisably the same event.
     */
    public static String serviceUsage(String serviceId, long usageCount, Instant asOf) {
        ObjectNode message = JSON.createObjectNode();
        message.put("type", SERVICE_USAGE);
        message.put("eventId", "service-usage:" + serviceId + ":" + usageCount);
        message.put("serviceId", serviceId);
        message.put("usageCount", usageCount);
        message.put("asOf", asOf.toString());
        return message.toString();
    }
}
