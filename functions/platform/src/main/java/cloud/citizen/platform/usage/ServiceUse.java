package cloud.citizen.platform.usage;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import cloud.citizen.platform.outbox.OutboxEvent;

/**
 * One use of a city service, announced to the stats function (docs/events.md, "usage"). Every
 * capability records it through its outbox in the same transaction as the change it counts
 * (payment succeeded, appointment booked, ballot cast, post published, survey response,
 * registration, real-name verification, login), bound for {@code STATS_QUEUE_URL}. The stats
 * consumer dedupes by {@code eventId}; {@code userId} feeds the distinct-active-users sketch only.
 *
 * @param serviceId the catalog service used, when there is one (e.g. {@code bills.water}); it
 *                  feeds the catalog's {@code usageCount}
 * @param amountFen money moved (payments), else 0
 * <p>
 * Written and read with jackson-core's streaming API, not databind: the stats workers that read it
 * run from a worker.zip without jackson-databind (1.6 MB, and its start-up), see functions/stats/pom.xml.
 */
public record ServiceUse(String eventId, UsageKind kind, String userId, Optional<String> serviceId, long amountFen,
        Instant occurredAt) {
    public static final String TYPE = "usage";
    private static final JsonFactory JSON = new JsonFactory();

    public ServiceUse {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        serviceId = serviceId == null ? Optional.empty() : serviceId;
        if (amountFen < 0) {
            throw new IllegalArgumentException("amountFen must not be negative");
        }
    }

    /** A new use happening now, with a fresh event id. */
    public static ServiceUse of(UsageKind kind, String userId, Optional<String> serviceId, long amountFen,
            Instant occurredAt) {
        return new ServiceUse(OutboxEvent.newEventId(), kind, userId, serviceId, amountFen, occurredAt);
    }

    /** The outbox event to include in the transaction that makes the change. */
    public OutboxEvent toOutboxEvent(String statsQueueUrl) {
        return new OutboxEvent(eventId, TYPE, statsQueueUrl, toJson());
    }

    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("type", TYPE);
            json.writeStringField("eventId", eventId);
            json.writeStringField("kind", kind.wireName());
            json.writeStringField("userId", userId);
            if (serviceId.isPresent()) {
                json.writeStringField("serviceId", serviceId.get());
            }
            json.writeNumberField("amountFen", amountFen);
            json.writeStringField("occurredAt", occurredAt.toString());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** @throws IllegalArgumentException for anything but a well-formed usage message (a poison message) */
    public static ServiceUse fromJson(String body) {
        try {
            Map<String, Field> fields = topLevelFields(body);
            Field type = fields.get("type");
            if (type == null || !TYPE.equals(type.text())) {
                throw new IllegalArgumentException("not a usage event");
            }
            Field amountFen = fields.get("amountFen");
            return new ServiceUse(text(fields, "eventId"), UsageKind.fromWireName(text(fields, "kind")),
                    text(fields, "userId"), Optional.ofNullable(fields.get("serviceId")).map(Field::text),
                    amountFen == null ? 0 : amountFen.number(), Instant.parse(text(fields, "occurredAt")));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("malformed usage event: " + e.getClass().getSimpleName(), e);
        }
    }

    /** The scalar fields of the top-level object (nested values are skipped); empty for anything but an object. */
    private static Map<String, Field> topLevelFields(String body) throws IOException {
        Map<String, Field> fields = new HashMap<>();
        try (JsonParser json = JSON.createParser(body)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return fields;
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                if (value.isStructStart()) {
                    json.skipChildren();
                    fields.remove(name);
                } else {
                    fields.put(name, new Field(value == JsonToken.VALUE_STRING, json.getText(), json.getValueAsLong(0)));
                }
            }
        }
        return fields;
    }

    private static String text(Map<String, Field> fields, String name) {
        Field value = fields.get(name);
        if (value == null || !value.textual() || value.text().isBlank()) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value.text();
    }

    /** One scalar field: whether it is a JSON string, its text, and its value as a whole number (0 when it is none). */
    private record Field(boolean textual, String text, long number) {
    }
}
