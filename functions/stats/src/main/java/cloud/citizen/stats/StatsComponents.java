package cloud.citizen.stats;

import java.time.Clock;

import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.aws.S3Clients;
import cloud.citizen.platform.config.Environment;
import cloud.citizen.stats.service.DailyReports;
import cloud.citizen.stats.service.DailyStats;
import cloud.citizen.stats.service.HourlyRollup;
import cloud.citizen.stats.service.OverviewQuery;
import cloud.citizen.stats.service.UsageCounting;
import cloud.citizen.stats.store.DynamoActiveUserSketches;
import cloud.citizen.stats.store.DynamoOverviewReads;
import cloud.citizen.stats.store.DynamoRollups;
import cloud.citizen.stats.store.DynamoUsageCounters;
import cloud.citizen.stats.store.S3ReportArchive;
import cloud.citizen.stats.store.SqsCatalogUsageFeed;

/** Builds the capability's adapters and use cases; the one place that knows how they fit. */
public final class StatsComponents {
    private final StatsSettings settings;
    private final AwsClients aws;
    private final DynamoUsageCounters counters;
    private final DynamoActiveUserSketches sketches;
    private final DynamoRollups rollups;
    private final UsageCounting usageCounting;
    private final OverviewQuery overview;
    private final DailyStats dailyStats;
    private final Clock clock;

    public StatsComponents(StatsSettings settings, AwsClients aws, Clock clock) {
        this.settings = settings;
        this.aws = aws;
        this.clock = clock;
        this.counters = new DynamoUsageCounters(aws.dynamoDb(), settings.table(), clock);
        this.sketches = new DynamoActiveUserSketches(aws.dynamoDb(), settings.table());
        this.rollups = new DynamoRollups(aws.dynamoDb(), settings.table());
        this.usageCounting = new UsageCounting(counters, sketches);
        this.overview = new OverviewQuery(new DynamoOverviewReads(aws.dynamoDb(), settings.table()), clock,
                settings.overviewFreshFor());
        this.dailyStats = new DailyStats(rollups);
    }

    /** For queue and schedule handlers, which run without CDI. */
    public static StatsComponents fromEnvironment() {
        Environment env = Environment.system();
        return new StatsComponents(StatsSettings.from(env), AwsClients.from(env), Clock.systemUTC());
    }

    public UsageCounting usageCounting() {
        return usageCounting;
    }

    public OverviewQuery overview() {
        return overview;
    }

    public DailyStats dailyStats() {
        return dailyStats;
    }

    /** Needs CATALOG_USAGE_QUEUE_URL (only the roll-up function has it). */
    public HourlyRollup hourlyRollup() {
        String queue = settings.catalogUsageQueueUrl().orElseThrow(
                () -> new IllegalStateException("environment variable CATALOG_USAGE_QUEUE_URL is not set (see template.yaml)"));
        return new HourlyRollup(counters, sketches, rollups, new SqsCatalogUsageFeed(aws.sqs(), queue), clock);
    }

    /** Needs REPORTS_BUCKET (only the daily report function has it). */
    public DailyReports dailyReports() {
        String bucket = settings.reportsBucket().orElseThrow(
                () -> new IllegalStateException("environment variable REPORTS_BUCKET is not set (see template.yaml)"));
        return new DailyReports(counters, sketches, rollups, new S3ReportArchive(S3Clients.s3(aws), bucket));
    }

    public Clock clock() {
        return clock;
    }
}
