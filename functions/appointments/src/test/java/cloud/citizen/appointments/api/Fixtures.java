package cloud.citizen.appointments.api;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.appointments.AppointmentsGraph;
import cloud.citizen.appointments.domain.BookingScope;
import cloud.citizen.appointments.domain.CityTime;
import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.domain.SeatShards;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Test data made straight through the store adapters (fresh ids every time: the emulated tables
 * are shared by every test of the JVM), tokens as the accounts function would issue them, and
 * readers of the queues this function writes to.
 */
public final class Fixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static TestTokens tokens() {
        return TestTokens.forFunctionUnderTest();
    }

    public static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String newUser() {
        return "u-" + UUID.randomUUID();
    }

    /** A verified citizen's token. */
    public static String citizen(String userId) {
        return tokens().citizen(userId, true);
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    public static Provider provider(AppointmentsGraph graph, ProviderType type, String communityId) {
        String id = newId(type == ProviderType.VACCINE ? "vac" : "hosp");
        Provider provider = new Provider(id, "测试 " + id, type, "jinjiang", communityId, "测试路1号",
                type == ProviderType.HOSPITAL ? "内科" : null, type == ProviderType.VACCINE ? "vaccine-" + id : null);
        graph.providerDirectory().add(provider);
        return provider;
    }

    public static Provider vaccineSite(AppointmentsGraph graph, String communityId, String vaccine) {
        String id = newId("vac");
        Provider provider = new Provider(id, "测试接种点 " + id, ProviderType.VACCINE, "jinjiang", communityId, "测试路2号",
                null, vaccine);
        graph.providerDirectory().add(provider);
        return provider;
    }

    /** A slot of 30 minutes at any time, even one that has started or starts soon (the API refuses past days only). */
    public static Slot slot(AppointmentsGraph graph, Provider provider, OffsetDateTime start, int capacity, int dose) {
        OffsetDateTime begins = start.truncatedTo(ChronoUnit.MINUTES).atZoneSameInstant(CityTime.ZONE).toOffsetDateTime();
        Slot slot = new Slot(Slot.idFor(provider.providerId(), begins), provider.providerId(), provider.name(),
                provider.type(), provider.communityId(), begins, begins.plusMinutes(30), capacity,
                SeatShards.countFor(capacity), dose, BookingScope.of(provider, begins.toLocalDate(), dose));
        graph.slotCalendar().create(List.of(slot));
        return slot;
    }

    public static Slot slot(AppointmentsGraph graph, Provider provider, OffsetDateTime start, int capacity) {
        return slot(graph, provider, start, capacity, 1);
    }

    public static OffsetDateTime tomorrowAt(int hour, int minute) {
        LocalDate tomorrow = CityTime.dateOf(Instant.now()).plusDays(1);
        return tomorrow.atTime(LocalTime.of(hour, minute)).atZone(CityTime.ZONE).toOffsetDateTime();
    }

    public static OffsetDateTime inAbout(Duration fromNow) {
        return OffsetDateTime.now(CityTime.ZONE).plus(fromNow);
    }

    public static int remaining(AppointmentsGraph graph, Slot slot) {
        return graph.slotCalendar().occupancy(slot).remaining();
    }

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
        SqsClient sqs = EmulatedAwsResource.aws().sqs();
        String queue = EmulatedAwsResource.resources().queueUrl(queueLogicalId);
        List<Message> taken = new ArrayList<>();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        do {
            for (Message message : sqs.receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(10)
                    .waitTimeSeconds(taken.size() >= atLeast ? 0 : 1)).messages()) {
                if (wanted.test(read(message.body()))) {
                    taken.add(message);
                    sqs.deleteMessage(d -> d.queueUrl(queue).receiptHandle(message.receiptHandle()));
                } else {
                    sqs.changeMessageVisibility(c -> c.queueUrl(queue).receiptHandle(message.receiptHandle())
                            .visibilityTimeout(0));
                }
            }
        } while (taken.size() < atLeast && Instant.now().isBefore(deadline));
        return taken;
    }

    public static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("queued message is not JSON", e);
        }
    }

    public static Map<String, Object> schedule(LocalDate date, String start, String end, int capacity, int count) {
        return Map.of("date", date.toString(), "start", start, "end", end, "capacity", capacity, "count", count);
    }
}
