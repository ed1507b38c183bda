package cloud.citizen.surveys;

import java.util.Optional;
import java.util.function.Supplier;

import cloud.citizen.platform.config.Environment;

/**
 * Names from template.yaml, read once; secrets read from Secrets Manager when first used.
 *
 * @param respondentKey keys the respondent markers (RESPONDENT_KEY); the HTTP function needs it
 * @param cursorKey     signs list cursors (secret CURSOR_KEY_SECRET; only the HTTP function has it)
 */
public record SurveysSettings(String table, String outboxTable, String exportBucket, Optional<String> exportQueueUrl,
        Optional<String> statsQueueUrl, Optional<Supplier<String>> respondentKey,
        Optional<Supplier<String>> cursorKey) {

    public static SurveysSettings from(Environment env) {
        String table = env.required("SURVEYS_TABLE");
        return new SurveysSettings(table, env.optional("OUTBOX_TABLE").orElse(table), env.required("EXPORT_BUCKET"),
                env.optional("EXPORT_QUEUE_URL"), env.optional("STATS_QUEUE_URL"),
                env.secretOnFirstUse("RESPONDENT_KEY"), env.secretOnFirstUse("CURSOR_KEY"));
    }
}
