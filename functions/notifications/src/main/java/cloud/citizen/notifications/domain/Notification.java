package cloud.citizen.notifications.domain;

/**
 * A message on the notifications queue. Three types, each with its own fields:
 * <ul>
 * <li>{@code sms}: {@code eventId, phone, text} — a text to a phone number (SMS codes);</li>
 * <li>{@code user-message}: {@code eventId, userId, text} — a text to a user, sent to the phone
 * the accounts function reported for them;</li>
 * <li>{@code contact}: {@code eventId, userId, phone} — the accounts function reporting a user's phone.</li>
 * </ul>
 * eventId is unique per message and makes redelivery harmless.
 */
public record Notification(String eventId, String type, String phone, String userId, String text) {
    public static final String SMS = "sms";
    public static final String USER_MESSAGE = "user-message";
    public static final String CONTACT = "contact";

    /** Whether this message can ever be handled; if not, retrying is pointless and it belongs in the DLQ. */
    public boolean isWellFormed() {
        if (isBlank(eventId) || type == null) {
            return false;
        }
        return switch (type) {
            case SMS -> isMobile(phone) && !isBlank(text);
            case USER_MESSAGE -> !isBlank(userId) && !isBlank(text);
            case CONTACT -> !isBlank(userId) && isMobile(phone);
            default -> false;
        };
    }

    private static boolean isMobile(String phone) {
        return phone != null && phone.matches("1[3-9]\\d{9}");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "Notification[eventId=" + eventId + ", type=" + type + "]"; // never the phone or the text
    }
}
