package cloud.citizen.stats.events;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import cloud.citizen.platform.usage.ServiceUse;

/**
 * The messages stats reads ({@code usage}) and writes ({@code service-usage}); docs/events.md. With
 * jackson-core's generator: the workers run without jackson-databind (functions/stats/pom.xml).
 */
public final class StatsMessages {
    public static final String SERVICE_USAGE = "service-usage";
    private static final JsonFactory JSON = new JsonFactory();

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
        StringWriter out = new StringWriter();
        try (JsonGenerator message = JSON.createGenerator(out)) {
            message.writeStartObject();
            message.writeStringField("type", SERVICE_USAGE);
            message.writeStringField("eventId", "service-usage:" + serviceId + ":" + usageCount);
            message.writeStringField("serviceId", serviceId);
            message.writeNumberField("usageCount", usageCount);
            message.writeStringField("asOf", asOf.toString());
            message.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
