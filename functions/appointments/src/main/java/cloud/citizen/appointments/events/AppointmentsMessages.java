package cloud.citizen.appointments.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.appointments.domain.Appointment;
import cloud.citizen.appointments.service.SeatHandover;
import cloud.citizen.platform.outbox.OutboxEvent;
import cloud.citizen.platform.usage.ServiceUse;
import cloud.citizen.platform.usage.UsageKind;

/**
 * The messages this capability puts on queues (docs/events.md). {@code user-message} is the
 * notifications function's contract ({@code {"eventId", "type", "userId", "text"}});
 * {@code seat-handover} is read by our own waitlist consumer; {@code usage} tells stats about every
 * booking. The eventId in each body lets consumers drop redeliveries.
 */
public final class AppointmentsMessages {
    public static final String SEAT_HANDOVER = "seat-handover";
    public static final String USER_MESSAGE = "user-message";
    /** The catalog ids of the two services this capability offers (docs/events.md). */
    public static final String HOSPITAL_SERVICE = "appointments.hospital";
    public static final String VACCINE_SERVICE = "appointments.vaccine";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AppointmentsMessages() {
    }

    public static OutboxEvent seatHandover(SeatHandover handover, String queueUrl) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", handover.handoverId());
        body.put("type", SEAT_HANDOVER);
        body.put("slotId", handover.slotId());
        body.put("shard", handover.shard());
        return new OutboxEvent(handover.handoverId(), SEAT_HANDOVER, queueUrl, write(body));
    }

    public static OutboxEvent userMessage(String eventId, String userId, String text, String queueUrl) {
        return new OutboxEvent(eventId, USER_MESSAGE, queueUrl, userMessageBody(eventId, userId, text));
    }

    public static String userMessageBody(String eventId, String userId, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", eventId);
        body.put("type", USER_MESSAGE);
        body.put("userId", userId);
        body.put("text", text);
        return write(body);
    }

    /** One use of the hospital or vaccine booking service, by the person the appointment is for. */
    public static OutboxEvent booked(Appointment appointment, String statsQueueUrl) {
        return ServiceUse.of(UsageKind.APPOINTMENT, appointment.userId(), Optional.of(serviceIdOf(appointment)), 0,
                appointment.createdAt()).toOutboxEvent(statsQueueUrl);
    }

    static String serviceIdOf(Appointment appointment) {
        return switch (appointment.scope().providerType()) {
            case HOSPITAL -> HOSPITAL_SERVICE;
            case VACCINE -> VACCINE_SERVICE;
        };
    }

    /** Reads a seat-handover body; @throws IllegalArgumentException for anything else. */
    public static SeatHandover readSeatHandover(String body) {
        try {
            var node = JSON.readTree(body);
            if (node == null || !SEAT_HANDOVER.equals(node.path("type").asText())) {
                throw new IllegalArgumentException("not a seat-handover message");
            }
            String eventId = node.path("eventId").asText("");
            String slotId = node.path("slotId").asText("");
            if (eventId.isBlank() || slotId.isBlank() || !node.path("shard").canConvertToInt()) {
                throw new IllegalArgumentException("seat-handover message without eventId, slotId or shard");
            }
            return new SeatHandover(eventId, slotId, node.path("shard").asInt());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("message is not JSON", e);
        }
    }

    private static String write(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
