package cloud.citizen.appointments.store;

import java.util.Map;
import java.util.Optional;

/**
 * Names from the function's environment (template.yaml). The HTTP function hands seats to the
 * waitlist queue; the waitlist consumer and the reminder job talk to the notifications queue, so
 * each queue is only required where it is used.
 */
public record AppointmentsSettings(String table, String outboxTable, Optional<String> waitlistQueueUrl,
        Optional<String> notificationsQueueUrl) {

    public static AppointmentsSettings fromEnvironment(Map<String, String> env) {
        String table = required(env, "APPOINTMENTS_TABLE");
        return new AppointmentsSettings(table, Optional.ofNullable(env.get("OUTBOX_TABLE")).orElse(table),
                optional(env, "WAITLIST_QUEUE_URL"), optional(env, "NOTIFICATIONS_QUEUE_URL"));
    }

    String waitlistQueue() {
        return waitlistQueueUrl.orElseThrow(() -> new IllegalStateException("WAITLIST_QUEUE_URL is not set"));
    }

    String notificationsQueue() {
        return notificationsQueueUrl.orElseThrow(() -> new IllegalStateException("NOTIFICATIONS_QUEUE_URL is not set"));
    }

    private static String required(Map<String, String> env, String name) {
        return optional(env, name).orElseThrow(() -> new IllegalStateException(name + " is not set"));
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
    }
}
