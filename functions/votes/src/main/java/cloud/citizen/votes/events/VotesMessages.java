package cloud.citizen.votes.events;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cloud.citizen.platform.outbox.OutboxEvent;
import cloud.citizen.votes.domain.Areas;
import cloud.citizen.votes.domain.Unit;
import cloud.citizen.votes.domain.UserEvent;

/**
 * The JSON of the messages votes publishes and reads (docs/events.md): unit-owner-bound and
 * unit-owner-removed to accounts, user-message to notifications; user-registered, user-verified
 * and user-renamed from accounts.
 */
public final class VotesMessages {
    public static final String UNIT_OWNER_BOUND = "unit-owner-bound";
    public static final String UNIT_OWNER_REMOVED = "unit-owner-removed";
    public static final String USER_MESSAGE = "user-message";
    private static final ObjectMapper JSON = new ObjectMapper();

    private VotesMessages() {
    }

    public static OutboxEvent ownerBound(String queueUrl, String userId, Unit unit, Instant at) {
        ObjectNode body = envelope(UNIT_OWNER_BOUND, userId, unit, at);
        body.put("building", unit.building());
        body.put("number", unit.number());
        body.put("areaM2", Areas.toM2(unit.areaCenti()).toPlainString()); // a string: exact, as accounts expects
        return new OutboxEvent(body.get("eventId").asText(), UNIT_OWNER_BOUND, queueUrl, body.toString());
    }

    public static OutboxEvent ownerRemoved(String queueUrl, String userId, Unit unit, Instant at) {
        ObjectNode body = envelope(UNIT_OWNER_REMOVED, userId, unit, at);
        return new OutboxEvent(body.get("eventId").asText(), UNIT_OWNER_REMOVED, queueUrl, body.toString());
    }

    private static ObjectNode envelope(String type, String userId, Unit unit, Instant at) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", type);
        body.put("eventId", OutboxEvent.newEventId());
        body.put("userId", userId);
        body.put("communityId", unit.communityId());
        body.put("unitId", unit.unitId());
        body.put("occurredAt", at.toString());
        return body;
    }

    public static String userMessage(String eventId, String userId, String text) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", USER_MESSAGE);
        body.put("eventId", eventId);
        body.put("userId", userId);
        body.put("text", text);
        return body.toString();
    }

    /** @throws IllegalArgumentException for anything but a well-formed user event (a poison message) */
    public static UserEvent userEvent(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            String displayName = node.path("displayName").asText("");
            return new UserEvent(text(node, "eventId"), UserEvent.Type.fromWire(text(node, "type")),
                    text(node, "userId"), displayName, Instant.parse(text(node, "occurredAt")));
        } catch (Exception e) {
            throw new IllegalArgumentException("malformed user event: " + e.getClass().getSimpleName(), e);
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
