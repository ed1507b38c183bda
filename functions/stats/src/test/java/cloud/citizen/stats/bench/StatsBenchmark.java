package cloud.citizen.stats.bench;

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
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import software.amazon.awssdk.services.sqs.model.Message;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import cloud.citizen.emulator.EmulatedStack;
import cloud.citizen.emulator.EmulatorOptions;
import cloud.citizen.emulator.testing.LambdaEvents;
import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;
import cloud.citizen.platform.usage.ServiceUse;
import cloud.citizen.platform.usage.UsageKind;
import cloud.citizen.stats.StatsComponents;
import cloud.citizen.stats.StatsSettings;
import cloud.citizen.stats.domain.DayFigures;
import cloud.citizen.stats.domain.DayRange;
import cloud.citizen.stats.events.UsageEventsHandler;
import cloud.citizen.stats.service.HourlyRollup;

/**
 * Usage events through the consumer, then the roll-up of their day, against the emulators
 * started from template.yaml (a measurement, not a test).
 * <pre>
 * ./mvnw -pl functions/stats test-compile exec:java [-Dbench.events=100000 -Dbench.consumers=4 -Dbench.users=50000]
 * </pre>
 * Events go in batches of ten, as SQS delivers them, through {@link UsageEventsHandler} (the
 * function's entry point) from {@code bench.consumers} threads, standing for concurrent Lambda
 * instances. Prints events/s, then the roll-up time and the exact-count check for the day.
 */
public final class StatsBenchmark {
    private static final List<String> SERVICES = List.of("bills.water", "bills.electricity", "bills.gas",
            "appointments.hospital", "appointments.vaccine", "votes.ballot", "topics.post", "surveys.response");

    private StatsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("bench.events", 100_000);
        int consumers = Integer.getInteger("bench.consumers", 4);
        int users = Integer.getInteger("bench.users", 50_000);
        LocalDate day = LocalDate.of(2026, 11, 29);
        boolean exact;
        try (EmulatedStack stack = EmulatedStack.start(EmulatorOptions.inMemory(), Map.of())) {
            Map<String, String> variables = new HashMap<>(stack.environmentOf("StatsRollupFunction"));
            Environment env = Environment.of(variables);
            Clock atDayEnd = Clock.fixed(day.atTime(LocalTime.of(23, 30)).toInstant(ZoneOffset.ofHours(8)), ZoneOffset.UTC);
            StatsComponents components = new StatsComponents(StatsSettings.from(env), AwsClients.from(env), atDayEnd);
            System.out.printf("stats benchmark: %d events, %d consumers, %d users, %d cores%n", events, consumers, users,
                    Runtime.getRuntime().availableProcessors());
            List<SQSEvent> batches = batches(events, users, day);
            UsageEventsHandler handler = new UsageEventsHandler(components);
            long start = System.nanoTime();
            deliver(handler, batches, consumers);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("consumer: %d events in %.1f s = %.0f events/s (%.0f batches/s)%n", events, seconds,
                    events / seconds, batches.size() / seconds);
            long rollupStart = System.nanoTime();
            HourlyRollup.Result result = components.hourlyRollup().run();
            System.out.printf("roll-up of %s (%d days, %d months, %d services to the catalog): %.0f ms%n", day,
                    result.days().size(), result.months().size(), result.servicesPublished(),
                    (System.nanoTime() - rollupStart) / 1e6);
            DayFigures row = components.dailyStats().between(new DayRange(day, day)).get(0);
            long counted = row.counts().byKind().values().stream().mapToLong(Long::longValue).sum();
            exact = counted == events;
            System.out.printf("day row: %d events counted (%s), %d active users estimated of %d possible%n", counted,
                    exact ? "exact" : "MISMATCH", row.activeUsers(), users);
        }
        System.exit(exact ? 0 : 1);
    }

    private static List<SQSEvent> batches(int events, int users, LocalDate day) {
        Random random = new Random(42);
        List<UsageKind> kinds = List.of(UsageKind.values());
        Instant noon = day.atTime(LocalTime.NOON).toInstant(ZoneOffset.ofHours(8));
        List<SQSEvent> batches = new ArrayList<>();
        List<Message> batch = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            UsageKind kind = kinds.get(random.nextInt(kinds.size()));
            Optional<String> service = kind.isServiceUse() ? Optional.of(SERVICES.get(random.nextInt(SERVICES.size())))
                    : Optional.empty();
            ServiceUse use = new ServiceUse("bench-" + i, kind, "user-" + random.nextInt(users), service,
                    kind == UsageKind.PAYMENT ? 100 + random.nextInt(10_000) : 0, noon.plusSeconds(random.nextInt(36_000)));
            batch.add(Message.builder().messageId("m" + i).receiptHandle("rh").body(use.toJson()).build());
            if (batch.size() == 10 || i == events - 1) {
                batches.add(LambdaEvents.sqs(batch));
                batch = new ArrayList<>();
            }
        }
        return batches;
    }

    private static void deliver(UsageEventsHandler handler, List<SQSEvent> batches, int consumers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(consumers);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < consumers; c++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < batches.size(); i = next.getAndIncrement()) {
                    failed.addAndGet(handler.handleRequest(batches.get(i), null).getBatchItemFailures().size());
                }
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        pool.shutdown();
        if (failed.get() > 0) {
            System.out.printf("%d messages reported failed%n", failed.get());
        }
    }
}
