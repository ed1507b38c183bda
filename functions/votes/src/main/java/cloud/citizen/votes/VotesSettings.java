package cloud.citizen.votes;

import java.util.Optional;
import java.util.function.Supplier;

import cloud.citizen.platform.config.Environment;

/**
 * Names from template.yaml, read once. Each function of the module gets only what it uses (the
 * HTTP function all queues; the schedule the bucket and the notifications queue; the directory
 * consumer just the table), so those are optional and required where used.
 */
public record VotesSettings(String table, String outboxTable, Optional<String> auditBucket,
        Optional<String> statsQueueUrl, Optional<String> unitOwnershipQueueUrl, Optional<String> notificationsQueueUrl,
        Optional<Supplier<String>> cursorKey) {

    public static VotesSettings from(Environment env) {
        String table = env.required("VOTES_TABLE");
        return new VotesSettings(table, env.optional("OUTBOX_TABLE").orElse(table), env.optional("AUDIT_BUCKET"),
                env.optional("STATS_QUEUE_URL"), env.optional("UNIT_OWNERSHIP_QUEUE_URL"),
                env.optional("NOTIFICATIONS_QUEUE_URL"), env.secretOnFirstUse("CURSOR_KEY"));
    }
}
