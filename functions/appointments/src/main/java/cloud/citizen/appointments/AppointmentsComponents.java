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
 */
public final class AppointmentsComponents {
    private final Clock clock;
    private final ProviderDirectory providerDirectory;
    private final SlotCalendar slotCalendar;
    private final AppointmentLedger ledger;
    private final Providers providers;
    private final SlotPlanning slotPlanning;
    private final Booking booking;
    private final Cancellation cancellation;
    private final CheckIn checkIn;
    private final MyAppointments myAppointments;
    private final Waitlisting waitlisting;
    private final WaitlistPromotion waitlistPromotion;
    private final Reminders reminders;

    public AppointmentsComponents(AppointmentsSettings settings, AwsClients aws, Clock clock) {
        this.clock = clock;
        DynamoDbClient dynamo = aws.dynamoDb();
        CursorCodec cursors = new CursorCodec(settings.cursorKey().orElseGet(AppointmentsComponents::throwawayKey));
        Outbox outbox = new Outbox(dynamo, aws.sqs(), settings.outboxTable(), clock);
        BookingCodes codes = new BookingCodes(new SecureRandom());
        DynamoProviderDirectory directory = new DynamoProviderDirectory(dynamo, settings.table(), cursors);
        DynamoSlotCalendar slots = new DynamoSlotCalendar(dynamo, settings.table(), cursors);
        DynamoAppointmentLedger ledger = new DynamoAppointmentLedger(dynamo, settings, cursors, outbox);
        DynamoWaitlist waitlist = new DynamoWaitlist(dynamo, settings, outbox, clock);
        this.providerDirectory = directory;
        this.slotCalendar = slots;
        this.ledger = ledger;
        this.providers = new Providers(directory);
        this.slotPlanning = new SlotPlanning(directory, slots, clock);
        this.booking = new Booking(slots, ledger, codes, clock);
        this.cancellation = new Cancellation(ledger, waitlist, clock);
        this.checkIn = new CheckIn(ledger, clock);
        this.myAppointments = new MyAppointments(ledger);
        this.waitlisting = new Waitlisting(slots, ledger, waitlist, clock);
        this.waitlistPromotion = new WaitlistPromotion(slots, waitlist, codes, clock);
        this.reminders = new Reminders(ledger, new QueuedReminders(aws.sqs(), settings));
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
        return booking;
    }

    public Cancellation cancellation() {
        return cancellation;
    }

    public CheckIn checkIn() {
        return checkIn;
    }

    public MyAppointments myAppointments() {
        return myAppointments;
    }

    public Waitlisting waitlisting() {
        return waitlisting;
    }

    public WaitlistPromotion waitlistPromotion() {
        return waitlistPromotion;
    }

    public Reminders reminders() {
        return reminders;
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
        return ledger;
    }

    public Clock clock() {
        return clock;
    }
}
