package cloud.citizen.appointments.testing;

import static io.restassured.RestAssured.given;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.AppointmentsSettings;
import cloud.citizen.appointments.domain.BookingScope;
import cloud.citizen.appointments.domain.CityTime;
import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.domain.SeatShards;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.appointments.events.AppointmentRemindersHandler;
import cloud.citizen.appointments.events.WaitlistPromotionHandler;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.QueueMessages;
import cloud.citizen.emulator.testing.TestTokens;
import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;
import cloud.citizen.platform.usage.ServiceUse;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The module's one fixture class: ids, tokens as the accounts function would issue them, test data
 * made straight through the ports of {@link AppointmentsComponents}, the queue and schedule
 * handlers built as Lambda builds them, and readers of the queues this capability writes to.
 * <p>
 * Ids are a per-run prefix plus a counter: the emulated tables are shared by every test of the
 * JVM (and, against LocalStack, by earlier runs), so two tests can never pick the same id.
 */
public final class AppointmentsFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final AtomicLong SEQUENCE = new AtomicLong();
    /** Usage messages taken off the stats queue so far, by user: nothing else in this module reads that queue. */
    private static final Map<String, Queue<JsonNode>> USAGE_BY_USER = new ConcurrentHashMap<>();

    private AppointmentsFixtures() {
    }

    // ---- ids and tokens

    /** {@code prefix-<run>-<n>}: lower case, digits and dashes, so it is a valid provider id too. */
    public static String newId(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    public static String newUser() {
        return newId("u");
    }

    public static TestTokens tokens() {
        return TestTokens.forFunctionUnderTest();
    }

    /** A verified citizen's token. */
    public static String citizen(String userId) {
        return tokens().citizen(userId, true);
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    /** POST /v1/slots/{slotId}/waitlist. */
    public static Response joinWaitlist(String token, Slot slot) {
        return as(token).post("/v1/slots/" + slot.slotId() + "/waitlist");
    }

    /** Cancels, through the API, the one appointment this person holds. */
    public static void cancelOnlyAppointmentOf(String userId) {
        String token = citizen(userId);
        String id = as(token).get("/v1/appointments").then().extract().path("items[0].appointmentId");
        as(token).delete("/v1/appointments/" + id).then().statusCode(204);
    }

    /** POST /v1/appointments for this slot. */
    public static Response book(String token, Slot slot) {
        return as(token).body(Map.of("slotId", slot.slotId())).post("/v1/appointments");
    }

    // ---- providers and slots, written through the ports

    public static Provider provider(AppointmentsComponents components, ProviderType type, String communityId) {
        String id = newId(type == ProviderType.VACCINE ? "vac" : "hosp");
        Provider provider = new Provider(id, "测试 " + id, type, "jinjiang", communityId, "测试路1号",
                type == ProviderType.HOSPITAL ? "内科" : null, type == ProviderType.VACCINE ? "vaccine-" + id : null);
        components.providerDirectory().add(provider);
        return provider;
    }

    public static Provider vaccineSite(AppointmentsComponents components, String communityId, String vaccine) {
        String id = newId("vac");
        Provider provider = new Provider(id, "测试接种点 " + id, ProviderType.VACCINE, "jinjiang", communityId, "测试路2号",
                null, vaccine);
        components.providerDirectory().add(provider);
        return provider;
    }

    /** A slot of 30 minutes at any time, even one that has started or starts soon (the API refuses past days only). */
    public static Slot slot(AppointmentsComponents components, Provider provider, OffsetDateTime start, int capacity,
            int dose) {
        OffsetDateTime begins = start.truncatedTo(ChronoUnit.MINUTES).atZoneSameInstant(CityTime.ZONE).toOffsetDateTime();
        Slot slot = new Slot(Slot.idFor(provider.providerId(), begins), provider.providerId(), provider.name(),
                provider.type(), provider.communityId(), begins, begins.plusMinutes(30), capacity,
                SeatShards.countFor(capacity), dose, BookingScope.of(provider, begins.toLocalDate(), dose));
        components.slotCalendar().create(List.of(slot));
        return slot;
    }

    public static Slot slot(AppointmentsComponents components, Provider provider, OffsetDateTime start, int capacity) {
        return slot(components, provider, start, capacity, 1);
    }

    /** A vaccine slot of one seat, booked (through the API) by {@code holder}. */
    public static Slot fullSlot(AppointmentsComponents components, String holder, String communityId) {
        Slot slot = slot(components, provider(components, ProviderType.VACCINE, communityId), tomorrowAt(9, 0), 1);
        book(citizen(holder), slot).then().statusCode(201);
        return slot;
    }

    public static int remaining(AppointmentsComponents components, Slot slot) {
        return components.slotCalendar().occupancy(slot).remaining();
    }

    public static Map<String, Object> schedule(LocalDate date, String start, String end, int capacity, int count) {
        return Map.of("date", date.toString(), "start", start, "end", end, "capacity", capacity, "count", count);
    }

    // ---- times

    public static OffsetDateTime tomorrowAt(int hour, int minute) {
        LocalDate tomorrow = CityTime.dateOf(Instant.now()).plusDays(1);
        return tomorrow.atTime(LocalTime.of(hour, minute)).atZone(CityTime.ZONE).toOffsetDateTime();
    }

    public static OffsetDateTime inAbout(Duration fromNow) {
        return OffsetDateTime.now(CityTime.ZONE).plus(fromNow);
    }

    // ---- handlers, built as Lambda builds them: from their own function's environment in template.yaml

    public static WaitlistPromotionHandler waitlistPromotionHandler() {
        return new WaitlistPromotionHandler(componentsOf("WaitlistPromotionFunction"));
    }

    public static AppointmentRemindersHandler remindersHandler() {
        return new AppointmentRemindersHandler(componentsOf("AppointmentRemindersFunction"));
    }

    private static AppointmentsComponents componentsOf(String function) {
        Environment env = Environment.of(EmulatedAwsResource.stack().environmentOf(function));
        return new AppointmentsComponents(AppointmentsSettings.from(env), AwsClients.from(env), Clock.systemUTC());
    }

    // ---- the table and the queues

    public static String tableName() {
        return EmulatedAwsResource.resources().tableName("AppointmentsTable");
    }

    public static int itemCount() {
        return EmulatedAwsResource.aws().dynamoDb().scan(scan -> scan.tableName(tableName()).select("COUNT")).count();
    }

    /**
     * Takes the messages on a queue that match, waiting up to a few seconds for at least
     * {@code atLeast}; others are made visible again at once for whoever reads them.
     */
    public static List<Message> take(String queueLogicalId, Predicate<JsonNode> wanted, int atLeast) {
        return QueueMessages.take(EmulatedAwsResource.aws().sqs(),
                EmulatedAwsResource.resources().queueUrl(queueLogicalId), body -> wanted.test(read(body)), atLeast);
    }

    /**
     * The usage messages (docs/events.md) sent to stats for this person so far. Bookings deliver
     * their event right after the transaction, before the response, so once a call has returned
     * its message is on the queue: this drains the whole queue (every test's messages pile up there,
     * and no consumer runs in this module) and keeps them by user.
     */
    public static synchronized List<JsonNode> usageOf(String userId) {
        SqsClient sqs = EmulatedAwsResource.aws().sqs();
        String queue = EmulatedAwsResource.resources().queueUrl("StatsQueue");
        List<Message> batch;
        do {
            batch = sqs.receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(0)).messages();
            for (Message message : batch) {
                JsonNode usage = read(message.body());
                ServiceUse.fromJson(message.body()); // fails the test on a malformed usage message
                USAGE_BY_USER.computeIfAbsent(usage.path("userId").asText(), user -> new ConcurrentLinkedQueue<>())
                        .add(usage);
                sqs.deleteMessage(d -> d.queueUrl(queue).receiptHandle(message.receiptHandle()));
            }
        } while (!batch.isEmpty());
        return List.copyOf(USAGE_BY_USER.getOrDefault(userId, new ConcurrentLinkedQueue<>()));
    }

    public static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("queued message is not JSON", e);
        }
    }
}
