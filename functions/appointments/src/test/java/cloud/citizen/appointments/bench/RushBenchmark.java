package cloud.citizen.appointments.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.AppointmentsSettings;
import cloud.citizen.appointments.domain.CityTime;
import cloud.citizen.appointments.domain.DaySchedule;
import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.appointments.service.Booking;
import cloud.citizen.emulator.EmulatedStack;
import cloud.citizen.emulator.EmulatorOptions;
import cloud.citizen.platform.auth.Caller;
import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.platform.problem.Refusal;

/**
 * The release rush as a measurement, not a test: starts the emulated services from template.yaml,
 * then fires booking attempts by distinct people at one vaccine slot from a thread pool released
 * together, through the same Booking service and DynamoDB adapter the function uses (the HTTP layer
 * is left out: it adds a constant per request and the test server serialises requests).
 * <pre>
 * ./mvnw -pl functions/appointments exec:java [-Dbench.people=2000 -Dbench.capacity=100 -Dbench.threads=64 -Dbench.runs=3]
 * </pre>
 * Two scenarios per run: "rush" (people on capacity: most get SLOT_FULL) and "fill" (a slot with a
 * seat for everyone: every attempt is a booking transaction). Prints attempts and bookings per
 * second, latency percentiles (HdrHistogram) and the final count check.
 */
public final class RushBenchmark {
    private RushBenchmark() {
    }

    record Outcome(String kind, long nanos) {
    }

    public static void main(String[] args) throws Exception {
        int people = Integer.getInteger("bench.people", 2000);
        int capacity = Integer.getInteger("bench.capacity", 100);
        int threads = Integer.getInteger("bench.threads", 64);
        int runs = Integer.getInteger("bench.runs", 3);
        boolean allPassed = true;
        try (EmulatedStack stack = EmulatedStack.start(EmulatorOptions.inMemory(), Map.of())) {
            Environment env = Environment.of(stack.environmentOf("AppointmentsFunction"));
            AppointmentsComponents components = new AppointmentsComponents(AppointmentsSettings.from(env),
                    AwsClients.from(env), Clock.systemUTC());
            System.out.printf("rush benchmark: %d people, capacity %d, %d threads, %d runs, %d cores%n", people, capacity,
                    threads, runs, Runtime.getRuntime().availableProcessors());
            run(components, stack, "warm-up", 300, 30, threads); // JIT and connections; not reported
            for (int i = 1; i <= runs; i++) {
                allPassed &= run(components, stack, "rush #" + i, people, capacity, threads);
                allPassed &= run(components, stack, "fill #" + i, people, people, threads);
            }
        }
        System.out.println(allPassed ? "final count check: PASSED in every run" : "final count check: FAILED");
        System.exit(allPassed ? 0 : 1);
    }

    private static boolean run(AppointmentsComponents components, EmulatedStack stack, String name, int people, int capacity,
            int threads) throws Exception {
        Slot slot = newSlot(components, capacity);
        Booking booking = components.booking();
        ConcurrentHistogram all = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(2), 3);
        ConcurrentHistogram booked = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(2), 3);
        Map<String, Long> counts = new ConcurrentHashMap<>();
        AtomicLong lastBookingAt = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String person = "bench-" + UUID.randomUUID();
            futures.add(pool.submit(() -> {
                go.await();
                long begin = System.nanoTime();
                String kind;
                try {
                    booking.book(new Caller(person, Set.of(Role.CITIZEN), Set.of(), true), slot.slotId());
                    kind = "BOOKED";
                } catch (Refusal refusal) {
                    kind = refusal.code();
                } catch (RuntimeException e) {
                    kind = "ERROR " + e.getClass().getSimpleName();
                }
                long end = System.nanoTime();
                all.recordValue(end - begin);
                if (kind.equals("BOOKED")) {
                    booked.recordValue(end - begin);
                    lastBookingAt.accumulateAndGet(end, Math::max);
                }
                counts.merge(kind, 1L, Long::sum);
                return null;
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        for (Future<?> future : futures) {
            future.get(5, TimeUnit.MINUTES);
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();

        long bookings = counts.getOrDefault("BOOKED", 0L);
        long onCounters = components.slotCalendar().occupancy(slot).booked();
        long stored = storedAppointments(stack, slot);
        long expected = Math.min(people, capacity);
        boolean passed = bookings == expected && onCounters == expected && stored == expected
                && counts.getOrDefault("SLOT_FULL", 0L) == people - expected && counts.size() <= 2;
        if (name.startsWith("warm-up")) {
            return passed;
        }
        double seconds = wall / 1e9;
        double untilFull = (lastBookingAt.get() - start) / 1e9;
        System.out.printf("%n%s: %d attempts in %.2f s = %.0f attempts/s; outcomes %s%n", name, people, seconds,
                people / seconds, counts);
        System.out.printf("  bookings: %d in %.2f s (until the last seat) = %.0f bookings/s%n", bookings, untilFull,
                bookings / untilFull);
        System.out.printf("  latency, all attempts: p50 %s  p99 %s  max %s%n", ms(all, 50), ms(all, 99), ms(all, 100));
        System.out.printf("  latency, bookings:     p50 %s  p99 %s  max %s%n", ms(booked, 50), ms(booked, 99),
                ms(booked, 100));
        System.out.printf("  count check: capacity %d, booked %d, seats taken on counters %d, appointments stored %d,"
                + " distinct people = attempts: %s -> %s%n", capacity, bookings, onCounters, stored, true,
                passed ? "OK" : "MISMATCH");
        return passed;
    }

    private static String ms(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? "-"
                : String.format("%.1f ms", histogram.getValueAtPercentile(percentile) / 1e6);
    }

    private static Slot newSlot(AppointmentsComponents components, int capacity) {
        String id = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        Provider site = new Provider(id, "Bench site", ProviderType.VACCINE, "bench", "c-bench", "-", null, id);
        components.providerDirectory().add(site);
        LocalDate tomorrow = CityTime.dateOf(Clock.systemUTC().instant()).plusDays(1);
        Slot slot = new DaySchedule(tomorrow, LocalTime.of(9, 0), LocalTime.of(9, 30), capacity, 1, 1).slotsOf(site).get(0);
        components.slotCalendar().create(List.of(slot));
        return slot;
    }

    /** Benchmark-only count of what is stored for the slot (the table holds nothing else of it). */
    private static long storedAppointments(EmulatedStack stack, Slot slot) {
        String table = stack.resources().tableName("AppointmentsTable");
        long count = 0;
        Map<String, AttributeValue> from = null;
        do {
            Map<String, AttributeValue> start = from;
            var page = stack.aws().dynamoDb().scan(scan -> scan.tableName(table).select("COUNT")
                    .filterExpression("slotId = :slot AND begins_with(pk, :appt)")
                    .expressionAttributeValues(Map.of(":slot", AttributeValue.fromS(slot.slotId()),
                            ":appt", AttributeValue.fromS("APPT#")))
                    .exclusiveStartKey(start));
            count += page.count();
            from = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (from != null);
        return count;
    }

}
