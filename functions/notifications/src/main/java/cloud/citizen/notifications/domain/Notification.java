package cloud.citizen.notifications.domain;

/**
 * A message on the notifications queue: {@code {"eventId", "type": "sms", "phone", "text"}}.
 * eventId is unique per notification and makes redelivery harmless.
 */
public record Notification(String eventId, String type, String phone, String text) {

    /** Whether this message can ever be delivered; if not, retrying is pointless and it belongs in the DLQ. */
    public boolean isDeliverable() {
        return eventId != null && !eventId.isBlank() && "sms".equals(type)
                && phone != null && phone.matches("1[3-9]\\d{9}") && text != null && !text.isBlank();
    }

    @Override
    public String toString() {
        return "Notification[eventId=" + eventId + ", type=" + type + "]"; // never the phone or the text
    }
}
