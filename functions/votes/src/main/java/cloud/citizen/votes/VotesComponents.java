package cloud.citizen.votes;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.aws.S3Clients;
import cloud.citizen.platform.config.Environment;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.votes.domain.Receipts;
import cloud.citizen.votes.service.Access;
import cloud.citizen.votes.service.AuditArchive;
import cloud.citizen.votes.service.ElectionClosing;
import cloud.citizen.votes.service.ElectionOpening;
import cloud.citizen.votes.service.ElectionRecords;
import cloud.citizen.votes.service.ElectionSchedule;
import cloud.citizen.votes.service.ElectionSetup;
import cloud.citizen.votes.service.ElectionViews;
import cloud.citizen.votes.service.MyUnits;
import cloud.citizen.votes.service.RosterAdministration;
import cloud.citizen.votes.service.UserDirectory;
import cloud.citizen.votes.service.Voting;
import cloud.citizen.votes.store.DynamoBallotBox;
import cloud.citizen.votes.store.DynamoElections;
import cloud.citizen.votes.store.DynamoRoster;
import cloud.citizen.votes.store.DynamoUserDirectory;
import cloud.citizen.votes.store.QueuedOwnerNotices;
import cloud.citizen.votes.store.S3AuditArchive;

/** Builds the capability's adapters and use cases; the one place that knows how they fit. */
public final class VotesComponents {
    private final UserDirectory directory;
    private final RosterAdministration rosterAdministration;
    private final MyUnits myUnits;
    private final ElectionSetup electionSetup;
    private final ElectionViews electionViews;
    private final Voting voting;
    private final ElectionClosing closing;
    private final ElectionRecords records;
    private final ElectionSchedule schedule;

    public VotesComponents(VotesSettings settings, AwsClients aws, Clock clock, CursorCodec cursors) {
        DynamoDbClient dynamo = aws.dynamoDb();
        Outbox outbox = new Outbox(dynamo, aws::sqs, settings.outboxTable(), clock);
        DynamoRoster roster = new DynamoRoster(dynamo, settings.table(), outbox, settings.unitOwnershipQueueUrl(),
                cursors, clock);
        DynamoElections elections = new DynamoElections(dynamo, settings.table(), cursors, clock);
        DynamoBallotBox box = new DynamoBallotBox(dynamo, settings.table(), outbox, settings.statsQueueUrl());
        QueuedOwnerNotices notices = new QueuedOwnerNotices(dynamo, aws::sqs, settings.table(),
                settings.notificationsQueueUrl());
        AuditArchive archive = settings.auditBucket()
                .<AuditArchive>map(bucket -> new S3AuditArchive(S3Clients.s3OnFirstUse(aws),
                        S3Clients.presignerOnFirstUse(aws), bucket))
                .orElseGet(NoAuditBucket::new);
        Access access = new Access(roster);
        this.directory = new DynamoUserDirectory(dynamo, settings.table(), clock);
        this.rosterAdministration = new RosterAdministration(roster, directory, access);
        this.myUnits = new MyUnits(roster);
        ElectionOpening opening = new ElectionOpening(elections, roster, notices);
        this.electionSetup = new ElectionSetup(elections, opening, access, clock);
        this.electionViews = new ElectionViews(elections, box, access);
        this.voting = new Voting(elections, box, new Receipts(new SecureRandom()), clock);
        this.closing = new ElectionClosing(elections, box, archive, access, clock);
        this.records = new ElectionRecords(elections, electionViews, box, archive, access);
        this.schedule = new ElectionSchedule(elections, opening, closing, notices, clock);
    }

    /** For queue and schedule handlers, which run without CDI. */
    public static VotesComponents fromEnvironment() {
        Environment env = Environment.system();
        VotesSettings settings = VotesSettings.from(env);
        return new VotesComponents(settings, AwsClients.from(env), Clock.systemUTC(),
                new CursorCodec(settings.cursorKey().orElse(VotesComponents::throwawayKey)));
    }

    /** Functions without AUDIT_BUCKET never close elections; if one tried, it should say why it cannot. */
    private static final class NoAuditBucket implements AuditArchive {
        @Override
        public void store(String electionId, String csv) {
            throw new IllegalStateException("AUDIT_BUCKET is not set");
        }

        @Override
        public java.net.URL link(String electionId) {
            throw new IllegalStateException("AUDIT_BUCKET is not set");
        }
    }

    /** Handlers never hand out cursors; without the shared key a throwaway one does. */
    private static String throwawayKey() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    public UserDirectory userDirectory() {
        return directory;
    }

    public RosterAdministration rosterAdministration() {
        return rosterAdministration;
    }

    public MyUnits myUnits() {
        return myUnits;
    }

    public ElectionSetup electionSetup() {
        return electionSetup;
    }

    public ElectionViews electionViews() {
        return electionViews;
    }

    public Voting voting() {
        return voting;
    }

    public ElectionClosing closing() {
        return closing;
    }

    public ElectionRecords records() {
        return records;
    }

    public ElectionSchedule schedule() {
        return schedule;
    }
}
