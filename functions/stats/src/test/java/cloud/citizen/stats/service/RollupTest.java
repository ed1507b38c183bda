package cloud.citizen.stats.service;

import static cloud.citizen.stats.testing.StatsFixtures.noonOf;
import static cloud.citizen.stats.testing.StatsFixtures.use;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.platform.usage.ServiceUse;
import cloud.citizen.platform.usage.UsageKind;
import cloud.citizen.stats.StatsComponents;
import cloud.citizen.stats.domain.DayFigures;
import cloud.citizen.stats.domain.DayRange;
import cloud.citizen.stats.events.UsageEventsHandler;
import cloud.citizen.stats.testing.StatsFixtures;
import cloud.citizen.stats.testing.TestQueues;
import io.quarkus.test.junit.QuarkusTest;

/** The hourly roll-up over many generated events: exact day rows, month users, usage counts to the catalog. */
@QuarkusTest
@EmulatedAwsTest
class RollupTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<UsageKind> KINDS = List.of(UsageKind.values());

    @Test
    void twentyThousandEvents_rollUpToExactDayRows_andTheCatalogHearsAbsoluteCounts() throws Exception {
        LocalDate first = StatsFixtures.freshDay();
        List<LocalDate> days = List.of(first, first.plusDays(1));
        List<String> services = List.of(StatsFixtures.newId("bills.gas"), StatsFixtures.newId("appointments.hospital"),
                StatsFixtures.newId("surveys.response"));
        Random random = new Random(12);
        List<ServiceUse> uses = new ArrayList<>();
        Map<LocalDate, Map<UsageKind, Long>> expected = new HashMap<>();
        Map<LocalDate, Long> paid = new HashMap<>();
        Map<LocalDate, Set<String>> active = new HashMap<>();
        Map<String, Long> perService = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            LocalDate day = days.get(random.nextInt(days.size()));
            UsageKind kind = KINDS.get(random.nextInt(KINDS.size()));
            String user = "user-" + random.nextInt(400);
            String service = kind.isServiceUse() ? services.get(random.nextInt(services.size())) : null;
            long fen = kind == UsageKind.PAYMENT ? 1 + random.nextInt(50_000) : 0;
            uses.add(use(kind, user, service, fen, noonOf(day).plusSeconds(random.nextInt(40_000) - 20_000)));
            expected.computeIfAbsent(day, d -> new EnumMap<>(UsageKind.class)).merge(kind, 1L, Long::sum);
            paid.merge(day, fen, Long::sum);
            if (kind == UsageKind.LOGIN || kind.isServiceUse()) {
                active.computeIfAbsent(day, d -> new HashSet<>()).add(user);
            }
            if (service != null) {
                perService.merge(service, 1L, Long::sum);
            }
        }
        UsageEventsHandler consumer = new UsageEventsHandler(StatsFixtures.components());
        // 2,000 batches of ten, as SQS delivers them, by four consumers at once
        Concurrently.run(2_000, 4, batch -> consumer.handleRequest(
                StatsFixtures.batch(uses.subList(batch * 10, batch * 10 + 10)), null));

        Clock atLastDay = Clock.fixed(noonOf(days.get(1)), ZoneOffset.UTC);
        StatsComponents components = StatsFixtures.components(atLastDay);
        HourlyRollup.Result result = components.hourlyRollup().run();

        assertThat(result.days()).containsAll(days);
        List<DayFigures> rows = components.dailyStats().between(new DayRange(first.minusDays(1), first.plusDays(2)));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).counts().isEmpty()).isTrue();
        assertThat(rows.get(3).counts().isEmpty()).isTrue();
        for (DayFigures row : rows.subList(1, 3)) {
            for (UsageKind kind : KINDS) {
                assertThat(row.counts().of(kind)).as(row.date() + " " + kind)
                        .isEqualTo(expected.get(row.date()).getOrDefault(kind, 0L));
            }
            assertThat(row.amountPaidFen()).isEqualTo(paid.get(row.date()));
            assertThat(row.activeUsers()).isEqualTo(active.get(row.date()).size());
        }
        Map<String, Long> announced = catalogCounts(services);
        assertThat(announced).isEqualTo(perService);
    }

    @Test
    void secondRun_sendsOnlyServicesWhoseCountMoved_andALateEventRefreshesItsOldDay() {
        LocalDate day = StatsFixtures.freshDay();
        String moving = StatsFixtures.newId("topics.post");
        String still = StatsFixtures.newId("votes.ballot");
        UsageEventsHandler consumer = new UsageEventsHandler(StatsFixtures.components());
        StatsFixtures.deliver(consumer, List.of(use(UsageKind.POST, "a", moving, 0, noonOf(day)),
                use(UsageKind.BALLOT, "b", still, 0, noonOf(day))));
        StatsComponents later = StatsFixtures.components(Clock.fixed(noonOf(day.plusDays(10)), ZoneOffset.UTC));
        later.hourlyRollup().run();
        assertThat(catalogCounts(List.of(moving, still))).containsEntry(moving, 1L).containsEntry(still, 1L);

        // an event of a day long past arrives late: that day is rolled up again
        StatsFixtures.deliver(consumer, List.of(use(UsageKind.POST, "c", moving, 0, noonOf(day))));
        HourlyRollup.Result second = later.hourlyRollup().run();

        assertThat(second.days()).contains(day);
        assertThat(later.dailyStats().between(new DayRange(day, day)).get(0).posts()).isEqualTo(2);
        assertThat(later.dailyStats().between(new DayRange(day, day)).get(0).activeUsers()).isEqualTo(3);
        assertThat(catalogCounts(List.of(moving, still))).containsOnlyKeys(moving).containsEntry(moving, 2L);
    }

    /** The newest usage count per service among the catalog queue's messages for these services. */
    private static Map<String, Long> catalogCounts(List<String> services) {
        String queue = TestQueues.url("CatalogUsageQueue");
        Map<String, Long> counts = new HashMap<>();
        while (true) {
            var message = TestQueues.take(queue, body -> services.stream().anyMatch(body::contains),
                    Duration.ofSeconds(2));
            if (message.isEmpty()) {
                return counts;
            }
            JsonNode body = read(message.get().body());
            assertThat(body.path("type").asText()).isEqualTo("service-usage");
            assertThat(body.path("eventId").asText()).isNotBlank();
            assertThat(body.path("asOf").asText()).isNotBlank();
            counts.merge(body.path("serviceId").asText(), body.path("usageCount").asLong(), Math::max);
            TestQueues.delete(queue, message.get());
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
