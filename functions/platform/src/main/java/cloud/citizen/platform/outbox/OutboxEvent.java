package cloud.citizen.platform.outbox;

import java.util.UUID;

/**
 * An event that announces a state change, bound for one queue. {@code body} is the JSON message the
 * consumer reads; it carries {@code eventId} too, which consumers use to drop redeliveries.
 */
public record OutboxEvent(String eventId, String type, String queueUrl, String body) {

    public static String newEventId() {
        return UUID.randomUUID().toString();
    }
}
