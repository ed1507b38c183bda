package cloud.citizen.appointments;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import cloud.citizen.appointments.domain.BookingCodes;
import cloud.citizen.appointments.service.Booking;
import cloud.citizen.appointments.service.Cancellation;
import cloud.citizen.appointments.service.CheckIn;
import cloud.citizen.appointments.service.MyAppointments;
import cloud.citizen.appointments.service.Providers;
import cloud.citizen.appointments.service.Reminders;
import cloud.citizen.appointments.service.SlotPlanning;
import cloud.citizen.appointments.service.WaitlistPromotion;
import cloud.citizen.appointments.service.Waitlisting;
import cloud.citizen.appointments.store.AppointmentsSettings;
import cloud.citizen.appointments.store.DynamoAppointmentLedger;
import cloud.citizen.appointments.store.DynamoProviderDirectory;
import cloud.citizen.appointments.store.DynamoSlotCalendar;
import cloud.citizen.appointments.store.DynamoWaitlist;
import cloud.citizen.appointments.store.QueuedReminders;
import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.paging.CursorCodec;

/**
 * The appointments function's plain-Java object graph. The HTTP function gets it through CDI
 * ({@link AppointmentsWiring}); the queue and schedule handlers, the demo seed and the benchmark
 * build it straight from environment variables, without Quarkus.
 */
public final class AppointmentsGraph {
    private final AppointmentsSettings settings;
    private final SqsClient sqs;
    private final Clock clock;
    private final BookingCodes codes = new BookingCodes(new SecureRandom());
    private final DynamoProviderDirectory providers;
    private final DynamoSlotCalendar slots;
    private final DynamoAppointmentLedger ledger;
    private final DynamoWaitlist waitlist;

    public AppointmentsGraph(DynamoDbClient dynamo, SqsClient sqs, AppointmentsSettings settings, CursorCodec cursors,
            Clock clock) {
        this.settings = settings;
        this.sqs = sqs;
        this.clock = clock;
        Outbox outbox = new Outbox(dynamo, sqs, settings.outboxTable(), clock);
        this.providers = new DynamoProviderDirectory(dynamo, settings.table(), cursors);
        this.slots = new DynamoSlotCalendar(dynamo, settings.table(), cursors);
        this.ledger = new DynamoAppointmentLedger(dynamo, settings, cursors, outbox);
        this.waitlist = new DynamoWaitlist(dynamo, settings, outbox, clock);
    }

    /** For handlers without CDI: table, queues, endpoints and region from the variables template.yaml sets. */
    public static AppointmentsGraph fromEnvironment(Map<String, String> env, Clock clock) {
        Region region = Region.of(env.getOrDefault("AWS_REGION", "us-east-1"));
        return new AppointmentsGraph(AwsClients.dynamoDb(region, endpoint(env, "DYNAMODB")),
                AwsClients.sqs(region, endpoint(env, "SQS")), AppointmentsSettings.fromEnvironment(env),
                new CursorCodec(cursorKey(env)), clock);
    }

    private static Optional<URI> endpoint(Map<String, String> env, String service) {
        return Optional.ofNullable(env.get("CITIZEN_AWS_" + service + "_ENDPOINT")).filter(v -> !v.isBlank())
                .map(URI::create);
    }

    /** Handlers never hand cursors to clients; without the shared key a throwaway one does. */
    private static String cursorKey(Map<String, String> env) {
        String key = env.get("CURSOR_KEY");
        if (key != null && !key.isBlank()) {
            return key;
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    public Providers providers() {
        return new Providers(providers);
    }

    public SlotPlanning slotPlanning() {
        return new SlotPlanning(providers, slots, clock);
    }

    public Booking booking() {
        return new Booking(slots, ledger, codes, clock);
    }

    public Cancellation cancellation() {
        return new Cancellation(ledger, waitlist, clock);
    }

    public CheckIn checkIn() {
        return new CheckIn(ledger, clock);
    }

    public MyAppointments myAppointments() {
        return new MyAppointments(ledger);
    }

    public Waitlisting waitlisting() {
        return new Waitlisting(slots, ledger, waitlist, clock);
    }

    public WaitlistPromotion waitlistPromotion() {
        return new WaitlistPromotion(slots, waitlist, codes, clock);
    }

    public Reminders reminders() {
        return new Reminders(ledger, new QueuedReminders(sqs, settings));
    }

    public DynamoProviderDirectory providerDirectory() {
        return providers;
    }

    public DynamoSlotCalendar slotCalendar() {
        return slots;
    }

    public DynamoAppointmentLedger ledger() {
        return ledger;
    }

    public Clock clock() {
        return clock;
    }
}
