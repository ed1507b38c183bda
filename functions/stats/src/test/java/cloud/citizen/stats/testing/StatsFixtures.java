package cloud.citizen.stats.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import software.amazon.awssdk.services.sqs.model.Message;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.LambdaEvents;
import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;
import cloud.citizen.platform.usage.ServiceUse;
import cloud.citizen.platform.usage.UsageKind;
import cloud.citizen.stats.StatsComponents;
import cloud.citizen.stats.StatsSettings;
import cloud.citizen.stats.domain.DayFigures;
import cloud.citizen.stats.events.UsageEventsHandler;
import cloud.citizen.stats.service.DayReading;
import cloud.citizen.stats.store.DynamoActiveUserSketches;
import cloud.citizen.stats.store.DynamoUsageCounters;

/**
 * The module's one fixture class. Tests share the emulated table, so each takes its own city days
 * (far in the past, one range per test) and its own service ids: ids from a counter and a per-run prefix.
 */
public final class StatsFixtures {
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private static final AtomicLong IDS = new AtomicLong();
    /** Days handed out so far, counted from a base that depends on the run so reruns on a kept table do not collide. */
    private static final AtomicInteger DAYS = new AtomicInteger();
    private static final LocalDate BASE = LocalDate.of(1990, 1, 1).plusDays((System.currentTimeMillis() / 1000) % 3000 * 3);

    private StatsFixtures() {
    }

    public static String newId(String prefix) {
        return prefix + "-" + RUN + "-" + IDS.incrementAndGet();
    }

    /** A city day no other test of this run uses. */
    public static LocalDate freshDay() {
        return BASE.plusDays(DAYS.getAndIncrement() * 3L);
    }

    /** Noon of a city day, as an instant. */
    public static Instant noonOf(LocalDate day) {
        return day.atTime(LocalTime.NOON).atOffset(ZoneOffset.ofHours(8)).toInstant();
    }

    public static ServiceUse use(UsageKind kind, String userId, String serviceId, long amountFen, Instant at) {
        return new ServiceUse(newId("ev"), kind, userId, Optional.ofNullable(serviceId), amountFen, at);
    }

    public static Environment environment() {
        Map<String, String> variables = new HashMap<>(EmulatedAwsResource.environment());
        variables.put("CATALOG_USAGE_QUEUE_URL", EmulatedAwsResource.resources().queueUrl("CatalogUsageQueue"));
        variables.put("REPORTS_BUCKET", EmulatedAwsResource.resources().bucketName("StatsReportsBucket"));
        return Environment.of(variables);
    }

    /** The components as the handlers build them, with this clock. */
    public static StatsComponents components(Clock clock) {
        Environment environment = environment();
        return new StatsComponents(StatsSettings.from(environment), AwsClients.from(environment), clock);
    }

    public static StatsComponents components() {
        return components(Clock.systemUTC());
    }

    public static DynamoUsageCounters counters() {
        return new DynamoUsageCounters(EmulatedAwsResource.aws().dynamoDb(), table(), Clock.systemUTC());
    }

    public static DynamoActiveUserSketches sketches() {
        return new DynamoActiveUserSketches(EmulatedAwsResource.aws().dynamoDb(), table());
    }

    /** A day as the counters and sketches hold it now. */
    public static DayFigures figures(LocalDate day) {
        return new DayReading(counters(), sketches()).of(day);
    }

    public static String table() {
        return EmulatedAwsResource.resources().tableName("StatsTable");
    }

    /** Delivers the events to the consumer as SQS does: batches of (at most) ten. */
    public static List<SQSBatchResponse> deliver(UsageEventsHandler handler, List<ServiceUse> uses) {
        List<SQSBatchResponse> responses = new ArrayList<>();
        for (int from = 0; from < uses.size(); from += 10) {
            responses.add(handler.handleRequest(batch(uses.subList(from, Math.min(uses.size(), from + 10))), null));
        }
        return responses;
    }

    public static SQSEvent batch(List<ServiceUse> uses) {
        return LambdaEvents.sqs(uses.stream().map(use -> message(use.toJson())).toList());
    }

    public static Message message(String body) {
        return Message.builder().messageId(newId("msg")).receiptHandle("rh").body(body).build();
    }
}
