package cloud.citizen.topics;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import cloud.citizen.platform.config.Environment;

/**
 * Names and knobs from template.yaml, read once. {@code REPORTS_TO_HIDE}: distinct reporters that
 * hide a post (Decidim's rule, 5 unless set); {@code WORD_LIST_TTL_SECONDS}: how stale an instance's
 * copy of the word list may get (the contract allows 60 s).
 */
public record TopicsSettings(String table, String outboxTable, String bucket, Optional<String> statsQueueUrl,
        Optional<String> notificationsQueueUrl, int reportsToHide, Duration wordListTtl,
        Optional<Supplier<String>> cursorKey) {

    public TopicsSettings {
        if (reportsToHide < 1) {
            throw new IllegalStateException("REPORTS_TO_HIDE must be at least 1");
        }
        if (wordListTtl.compareTo(Duration.ofSeconds(60)) > 0) {
            throw new IllegalStateException("WORD_LIST_TTL_SECONDS may be at most 60 (API.md)");
        }
    }

    public static TopicsSettings from(Environment env) {
        return new TopicsSettings(env.required("TOPICS_TABLE"), env.required("OUTBOX_TABLE"),
                env.required("TOPICS_BUCKET"), env.optional("STATS_QUEUE_URL"), env.optional("NOTIFICATIONS_QUEUE_URL"),
                Integer.parseInt(env.optional("REPORTS_TO_HIDE").orElse("5")),
                Duration.ofSeconds(Long.parseLong(env.optional("WORD_LIST_TTL_SECONDS").orElse("30"))),
                env.secretOnFirstUse("CURSOR_KEY"));
    }

    public TopicsSettings withReportsToHide(int threshold) {
        return new TopicsSettings(table, outboxTable, bucket, statsQueueUrl, notificationsQueueUrl, threshold,
                wordListTtl, cursorKey);
    }
}
