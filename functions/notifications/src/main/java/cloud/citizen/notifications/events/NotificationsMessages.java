package cloud.citizen.notifications.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.notifications.domain.Notification;

/** The JSON of the messages this function reads from NotificationsQueue: sms, user-message, contact. */
public final class NotificationsMessages {
    /** Other fields (e.g. occurredAt) may be added by producers without breaking this consumer. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private NotificationsMessages() {
    }

    /** @throws Exception for a body that is not a JSON object of the message fields (a poison message) */
    public static Notification read(String body) throws Exception {
        return JSON.readValue(body, Notification.class);
    }
}
