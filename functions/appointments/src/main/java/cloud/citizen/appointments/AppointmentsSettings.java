package cloud.citizen.appointments;

import java.util.Optional;
import java.util.function.Supplier;

import cloud.citizen.platform.config.Environment;

/**
 * Names from the function's environment (template.yaml), read once. The four functions of this
 * module share one zip but not one environment: the HTTP function hands seats to the waitlist
 * queue, the waitlist consumer and the reminder job talk to the notifications queue, whoever books
 * tells stats. So each queue is optional here and required where it is used ({@link #waitlistQueue()}
 * and its siblings name the missing variable).
 *
 * @param cursorKeyRead reads the key that signs list cursors (only the HTTP function hands them out and is
 *                      given CURSOR_KEY_SECRET) when a cursor is first read or written, not at init: it is a
 *                      Secrets Manager round trip that a first page of a short list never needs
 */
public record AppointmentsSettings(String table, String outboxTable, Supplier<Optional<String>> cursorKeyRead,
        Optional<String> waitlistQueueUrl, Optional<String> notificationsQueueUrl, Optional<String> statsQueueUrl) {

    public static AppointmentsSettings from(Environment env) {
        String table = env.required("APPOINTMENTS_TABLE");
        return new AppointmentsSettings(table, env.optional("OUTBOX_TABLE").orElse(table), () -> env.secret("CURSOR_KEY"),
                env.optional("WAITLIST_QUEUE_URL"), env.optional("NOTIFICATIONS_QUEUE_URL"),
                env.optional("STATS_QUEUE_URL"));
    }

    /** Read on each call (Secrets caches the value per instance). */
    public Optional<String> cursorKey() {
        return cursorKeyRead.get();
    }

    public String waitlistQueue() {
        return required(waitlistQueueUrl, "WAITLIST_QUEUE_URL");
    }

    public String notificationsQueue() {
        return required(notificationsQueueUrl, "NOTIFICATIONS_QUEUE_URL");
    }

    public String statsQueue() {
        return required(statsQueueUrl, "STATS_QUEUE_URL");
    }

    private static String required(Optional<String> value, String name) {
        return value.orElseThrow(() -> new IllegalStateException(
                "environment variable " + name + " is not set for this function (see template.yaml)"));
    }
}
