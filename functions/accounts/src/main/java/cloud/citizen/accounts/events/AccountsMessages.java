package cloud.citizen.accounts.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cloud.citizen.accounts.domain.OwnedUnit;
import cloud.citizen.accounts.domain.UnitOwnershipChange;
import cloud.citizen.accounts.service.Account;
import cloud.citizen.platform.outbox.OutboxEvent;
import cloud.citizen.platform.usage.ServiceUse;
import cloud.citizen.platform.usage.UsageKind;

/**
 * The JSON of the messages accounts publishes and reads (docs/events.md). Published: {@code sms}
 * and {@code contact} for notifications (the contact lets other functions message a user by id
 * without ever seeing a phone number), {@code usage} for stats, {@code user-registered},
 * {@code user-verified} and {@code user-renamed} for the votes function's user directory (no phone,
 * no ID number). Read: {@code unit-owner-bound} and {@code unit-owner-removed} from votes.
 */
public final class AccountsMessages {
    public static final String UNIT_OWNER_BOUND = "unit-owner-bound";
    public static final String UNIT_OWNER_REMOVED = "unit-owner-removed";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String notificationsQueueUrl;
    private final String statsQueueUrl;
    private final String userDirectoryQueueUrl;

    public AccountsMessages(String notificationsQueueUrl, String statsQueueUrl, String userDirectoryQueueUrl) {
        this.notificationsQueueUrl = notificationsQueueUrl;
        this.statsQueueUrl = statsQueueUrl;
        this.userDirectoryQueueUrl = userDirectoryQueueUrl;
    }

    public String notificationsQueueUrl() {
        return notificationsQueueUrl;
    }

    /** An SMS for the notifications function; the eventId lets it drop a redelivered copy. */
    public String sms(String phone, String text) {
        return message("sms", OutboxEvent.newEventId()).put("phone", phone).put("text", text).toString();
    }

    public OutboxEvent contactOf(Account account) {
        String eventId = OutboxEvent.newEventId();
        return new OutboxEvent(eventId, "contact", notificationsQueueUrl, message("contact", eventId)
                .put("userId", account.userId()).put("phone", account.phone()).toString());
    }

    /** A registration, real-name verification or login, for the stats function's new and active users. */
    public OutboxEvent usage(UsageKind kind, String userId, Instant at) {
        return ServiceUse.of(kind, userId, Optional.empty(), 0, at).toOutboxEvent(statsQueueUrl);
    }

    public OutboxEvent userRegistered(Account account, Instant at) {
        return userDirectory("user-registered", account.userId(), account.displayName(), at);
    }

    public OutboxEvent userVerified(Account account, Instant at) {
        return userDirectory("user-verified", account.userId(), account.displayName(), at);
    }

    public OutboxEvent userRenamed(String userId, String displayName, Instant at) {
        return userDirectory("user-renamed", userId, displayName, at);
    }

    private OutboxEvent userDirectory(String type, String userId, String displayName, Instant at) {
        String eventId = OutboxEvent.newEventId();
        return new OutboxEvent(eventId, type, userDirectoryQueueUrl, message(type, eventId).put("userId", userId)
                .put("displayName", displayName).put("occurredAt", at.toString()).toString());
    }

    private static ObjectNode message(String type, String eventId) {
        return JSON.createObjectNode().put("type", type).put("eventId", eventId);
    }

    /** @throws IllegalArgumentException for anything but a well-formed ownership event (a poison message) */
    public static UnitOwnershipChange readUnitOwnership(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            String type = text(node, "type");
            String eventId = text(node, "eventId");
            String userId = text(node, "userId");
            Instant occurredAt = Instant.parse(text(node, "occurredAt"));
            return switch (type) {
                case UNIT_OWNER_BOUND -> new UnitOwnershipChange.Bound(eventId, userId, new OwnedUnit(
                        text(node, "communityId"), text(node, "unitId"), text(node, "building"),
                        text(node, "number"), new BigDecimal(text(node, "areaM2"))), occurredAt);
                case UNIT_OWNER_REMOVED -> new UnitOwnershipChange.Removed(eventId, userId,
                        text(node, "communityId"), text(node, "unitId"), occurredAt);
                default -> throw new IllegalArgumentException("unknown type");
            };
        } catch (Exception e) {
            // the class only, never the body: it names a citizen's home
            throw new IllegalArgumentException("malformed unit ownership event: " + e.getClass().getSimpleName(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value.asText();
    }
}
