package cloud.citizen.surveys;

import java.util.Optional;

import cloud.citizen.platform.config.Environment;

/**
 * Names and secrets from template.yaml, read once.
 *
 * @param respondentKey keys the respondent markers (RESPONDENT_KEY); the HTTP function needs it
 * @param cursorKey     signs list cursors (secret CURSOR_KEY_SECRET; only the HTTP function has it)
 */
public record SurveysSettings(String table, String outboxTable, String exportBucket, Optional<String> exportQueueUrl,
        Optional<String> statsQueueUrl, Optional<String> respondentKey, Optional<String> cursorKey) {

    public static SurveysSettings from(Environment env) {
        String table = env.required("SURVEYS_TABLE");
        return new SurveysSettings(table, env.optional("OUTBOX_TABLE").orElse(table), env.required("EXPORT_BUCKET"),
                env.optional("EXPORT_QUEUE_URL"), env.optional("STATS_QUEUE_URL"), env.secret("RESPONDENT_KEY"),
                env.secret("CURSOR_KEY"));
    }
}
