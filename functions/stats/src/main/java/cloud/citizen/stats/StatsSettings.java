package cloud.citizen.stats;

import java.time.Duration;
import java.util.Optional;

import cloud.citizen.platform.config.Environment;

/**
 * Names from template.yaml, read once. The reports bucket and the catalog queue are set only for
 * the jobs that write them.
 */
public record StatsSettings(String table, Optional<String> reportsBucket, Optional<String> catalogUsageQueueUrl,
        Duration overviewFreshFor) {
    /** How long one instance serves the same overview: events still show within a minute. */
    public static final Duration OVERVIEW_FRESH_FOR = Duration.ofSeconds(5);

    public static StatsSettings from(Environment env) {
        return new StatsSettings(env.required("STATS_TABLE"), env.optional("REPORTS_BUCKET"),
                env.optional("CATALOG_USAGE_QUEUE_URL"), OVERVIEW_FRESH_FOR);
    }
}
