package cloud.citizen.appointments;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import cloud.citizen.appointments.domain.BookingCodes;
import cloud.citizen.appointments.service.AppointmentLedger;
import cloud.citizen.appointments.service.Booking;
import cloud.citizen.appointments.service.Cancellation;
import cloud.citizen.appointments.service.CheckIn;
import cloud.citizen.appointments.service.MyAppointments;
import cloud.citizen.appointments.service.ProviderDirectory;
import cloud.citizen.appointments.service.Providers;
import cloud.citizen.appointments.service.Reminders;
import cloud.citizen.appointments.service.SlotCalendar;
import cloud.citizen.appointments.service.SlotPlanning;
import cloud.citizen.appointments.service.WaitlistPromotion;
import cloud.citizen.appointments.service.Waitlisting;
import cloud.citizen.appointments.store.DynamoAppointmentLedger;
import cloud.citizen.appointments.store.DynamoProviderDirectory;
import cloud.citizen.appointments.store.DynamoSlotCalendar;
import cloud.citizen.appointments.store.DynamoWaitlist;
import cloud.citizen.appointments.store.QueuedReminders;
import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.paging.CursorCodec;

/**
 * Builds the appointments adapters and use cases: the one place that knows how they fit. The HTTP
 * layer gets it from {@link AppointmentsComponentsProducer}; the queue and schedule handlers, which
 * run without CDI, build it with {@link #fromEnvironment()}.
 * <p>
 * The public reads (providers, slots) are built at once; what books, cancels, waits and reminds
 * is built on its first use ({@link Bookings}), and so are the cursor key and the SQS client it
 * brings: an instance's first request is mostly a public list, which needs neither (each is a
 * client build, the key also a Secrets Manager round trip, paid in the cold start otherwise).
 */
public final class AppointmentsComponents {
    private final AppointmentsSettings settings;
    private final AwsClients aws;
    private final Clock clock;
    private final DynamoProviderDirectory providerDirectory;
    private final DynamoSlotCalendar slotCalendar;
    private final Providers providers;
    private final SlotPlanning slotPlanning;
    /** Guarded by this; built on first use. */
    /** Its key is read when the first cursor is signed or checked (the public first pages need none). */
    private final CursorCodec cursors;
    /** Guarded by this; built on first use. */
    private Bookings bookings;

    public AppointmentsComponents(AppointmentsSettings settings, AwsClients aws, Clock clock) {
        this.settings = settings;
        this.aws = aws;
        this.clock = clock;
        this.cursors = new CursorCodec(() -> settings.cursorKey().orElseGet(AppointmentsComponents::throwawayKey));
        this.providerDirectory = new DynamoProviderDirectory(aws.dynamoDb(), settings.table(), cursors, clock);
        this.slotCalendar = new DynamoSlotCalendar(aws.dynamoDb(), settings.table(), cursors);
        this.providers = new Providers(providerDirectory);
        this.slotPlanning = new SlotPlanning(providerDirectory, slotCalendar, clock);
    }

    /** The use cases that write through the outbox, and the ledger they share. */
    private record Bookings(AppointmentLedger ledger, Booking booking, Cancellation cancellation, CheckIn checkIn,
            MyAppointments myAppointments, Waitlisting waitlisting, WaitlistPromotion waitlistPromotion,
            Reminders reminders) {
    }

    private synchronized Bookings bookings() {
        if (bookings == null) {
            DynamoDbClient dynamo = aws.dynamoDb();
            Outbox outbox = new Outbox(dynamo, aws.sqs(), settings.outboxTable(), clock);
            BookingCodes codes = new BookingCodes(new SecureRandom());
            DynamoAppointmentLedger ledger = new DynamoAppointmentLedger(dynamo, settings, cursors, outbox);
            DynamoWaitlist waitlist = new DynamoWaitlist(dynamo, settings, outbox, clock);
            bookings = new Bookings(ledger, new Booking(slotCalendar, ledger, codes, clock),
                    new Cancellation(ledger, waitlist, clock), new CheckIn(ledger, clock), new MyAppointments(ledger),
                    new Waitlisting(slotCalendar, ledger, waitlist, clock),
                    new WaitlistPromotion(slotCalendar, waitlist, codes, clock),
                    new Reminders(ledger, new QueuedReminders(aws.sqs(), settings)));
        }
        return bookings;
    }

    /**
     * SnapStart priming of the HTTP function (before the snapshot, never during a request): builds
     * what requests after the first would build on a restored instance — the booking parts, the
     * SQS client, the cursor key — and reads a provider that cannot exist (ids are lower case), so
     * the DynamoDB path is loaded too. It reads and writes nothing else.
     */
    public void prime() {
        bookings();
        settings.cursorKey();
        providerDirectory.find("PRIMING");
    }

    /** For the queue and schedule handlers: their own function's variables, as Lambda sets them. */
    public static AppointmentsComponents fromEnvironment() {
        Environment env = Environment.system();
        return new AppointmentsComponents(AppointmentsSettings.from(env), AwsClients.from(env), Clock.systemUTC());
    }

    /** Handlers hand out no cursors; without the shared key (HTTP function only) any key will do. */
    private static String throwawayKey() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    public Providers providers() {
        return providers;
    }

    public SlotPlanning slotPlanning() {
        return slotPlanning;
    }

    public Booking booking() {
        return bookings().booking();
    }

    public Cancellation cancellation() {
        return bookings().cancellation();
    }

    public CheckIn checkIn() {
        return bookings().checkIn();
    }

    public MyAppointments myAppointments() {
        return bookings().myAppointments();
    }

    public Waitlisting waitlisting() {
        return bookings().waitlisting();
    }

    public WaitlistPromotion waitlistPromotion() {
        return bookings().waitlistPromotion();
    }

    public Reminders reminders() {
        return bookings().reminders();
    }

    /** The provider port, for tools that register providers without a caller (tests, benchmark). */
    public ProviderDirectory providerDirectory() {
        return providerDirectory;
    }

    /** The slot port, for tools that create slots and read seat counters directly (tests, benchmark). */
    public SlotCalendar slotCalendar() {
        return slotCalendar;
    }

    /** The appointment port, for tools that read appointments as stored (tests). */
    public AppointmentLedger ledger() {
        return bookings().ledger();
    }

    public Clock clock() {
        return clock;
    }
}
