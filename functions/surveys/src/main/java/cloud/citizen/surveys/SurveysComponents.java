package cloud.citizen.surveys;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.aws.S3Clients;
import cloud.citizen.platform.config.Environment;
import cloud.citizen.platform.config.Lazy;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.surveys.domain.RespondentGuard;
import cloud.citizen.surveys.service.ExportWriting;
import cloud.citizen.surveys.service.Exports;
import cloud.citizen.surveys.service.LiveResults;
import cloud.citizen.surveys.service.Responding;
import cloud.citizen.surveys.service.SurveyBrowsing;
import cloud.citizen.surveys.service.SurveyDesign;
import cloud.citizen.surveys.store.DynamoExportJobs;
import cloud.citizen.surveys.store.DynamoResponseArchive;
import cloud.citizen.surveys.store.DynamoResponseBook;
import cloud.citizen.surveys.store.DynamoSurveyCatalog;
import cloud.citizen.surveys.store.DynamoTallyReader;
import cloud.citizen.surveys.store.S3ExportFiles;

/** Builds the capability's adapters and use cases; the one place that knows how they fit. */
public final class SurveysComponents {
    private final SurveyDesign design;
    private final SurveyBrowsing browsing;
    /** Built by the first response taken: only then is the respondent key read from Secrets Manager. */
    private final Lazy<Responding> responding;
    private final LiveResults results;
    private final Exports exports;
    private final ExportWriting exportWriting;

    public SurveysComponents(SurveysSettings settings, AwsClients aws, Clock clock) {
        DynamoDbClient dynamo = aws.dynamoDb();
        Outbox outbox = new Outbox(dynamo, aws::sqs, settings.outboxTable(), clock);
        DynamoSurveyCatalog catalog = new DynamoSurveyCatalog(dynamo, settings.table(),
                new CursorCodec(settings.cursorKey().orElse(SurveysComponents::throwawayKey)), clock);
        DynamoExportJobs jobs = new DynamoExportJobs(dynamo, settings.table(), outbox, settings.exportQueueUrl());
        S3ExportFiles files = new S3ExportFiles(S3Clients.s3OnFirstUse(aws), S3Clients.presignerOnFirstUse(aws),
                settings.exportBucket());
        this.design = new SurveyDesign(catalog, clock);
        this.browsing = new SurveyBrowsing(catalog);
        // the export worker has no respondent key and never takes responses
        this.responding = settings.respondentKey().map(key -> Lazy.of(() -> new Responding(catalog,
                new DynamoResponseBook(dynamo, settings.table(), outbox), new RespondentGuard(key.get()),
                settings.statsQueueUrl(), clock))).orElse(null);
        this.results = new LiveResults(catalog, new DynamoTallyReader(dynamo, settings.table()));
        this.exports = new Exports(catalog, jobs, files, clock);
        this.exportWriting = new ExportWriting(catalog, new DynamoResponseArchive(dynamo, settings.table()), jobs, files);
    }

    /** For queue handlers, which run without CDI. */
    public static SurveysComponents fromEnvironment() {
        Environment env = Environment.system();
        return new SurveysComponents(SurveysSettings.from(env), AwsClients.from(env), Clock.systemUTC());
    }

    public SurveyDesign design() {
        return design;
    }

    public SurveyBrowsing browsing() {
        return browsing;
    }

    public Responding responding() {
        if (responding == null) {
            throw new IllegalStateException("RESPONDENT_KEY is not set (see template.yaml)");
        }
        return responding.get();
    }

    public LiveResults results() {
        return results;
    }

    public Exports exports() {
        return exports;
    }

    public ExportWriting exportWriting() {
        return exportWriting;
    }

    /** Handlers never hand cursors to clients; without the shared key a throwaway one does. */
    private static String throwawayKey() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }
}
