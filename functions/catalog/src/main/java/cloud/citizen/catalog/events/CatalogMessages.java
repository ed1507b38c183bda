package cloud.citizen.catalog.events;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.catalog.domain.UsageCount;

/** JSON of the messages the catalog reads (docs/events.md): {@code service-usage} from stats. */
public final class CatalogMessages {
    public static final String SERVICE_USAGE = "service-usage";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogMessages() {
    }

    /**
     * {@code {"type":"service-usage","eventId":"…","serviceId":"bills.water","usageCount":123456,"asOf":"…"}}.
     *
     * @throws IllegalArgumentException for anything else: the message goes back to the queue and, after
     *         five tries, to its dead-letter queue, where someone can look at it
     */
    public static UsageCount readServiceUsage(String body) {
        JsonNode message;
        try {
            message = JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (message == null || !SERVICE_USAGE.equals(message.path("type").asText())) {
            throw new IllegalArgumentException("not a " + SERVICE_USAGE + " message");
        }
        JsonNode count = message.path("usageCount");
        String serviceId = message.path("serviceId").asText("");
        if (serviceId.isBlank() || !count.canConvertToLong() || !count.isIntegralNumber() || count.asLong() < 0) {
            throw new IllegalArgumentException("serviceId and a usageCount >= 0 are required");
        }
        return new UsageCount(serviceId, count.asLong(), Instant.parse(message.path("asOf").asText()));
    }
}
