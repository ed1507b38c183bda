package cloud.citizen.platform.usage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
 */
public record ServiceUse(String eventId, UsageKind kind, String userId, Optional<String> serviceId, long amountFen,
        Instant occurredAt) {
    public static final String TYPE = "usage";
    private static final ObjectMapper JSON = new ObjectMapper();

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
        ObjectNode node = JSON.createObjectNode();
        node.put("type", TYPE);
        node.put("eventId", eventId);
        node.put("kind", kind.wireName());
        node.put("userId", userId);
        serviceId.ifPresent(id -> node.put("serviceId", id));
        node.put("amountFen", amountFen);
        node.put("occurredAt", occurredAt.toString());
        return node.toString();
    }

    /** @throws IllegalArgumentException for anything but a well-formed usage message (a poison message) */
    public static ServiceUse fromJson(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !TYPE.equals(node.path("type").asText())) {
                throw new IllegalArgumentException("not a usage event");
            }
            return new ServiceUse(text(node, "eventId"), UsageKind.fromWireName(text(node, "kind")),
                    text(node, "userId"), Optional.ofNullable(node.get("serviceId")).map(JsonNode::asText),
                    node.path("amountFen").asLong(0), Instant.parse(text(node, "occurredAt")));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("malformed usage event: " + e.getClass().getSimpleName(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value.asText();
    }
}
