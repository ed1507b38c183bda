package cloud.citizen.stats.store;

import static cloud.citizen.stats.testing.StatsFixtures.noonOf;
import static cloud.citizen.stats.testing.StatsFixtures.use;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.platform.usage.UsageKind;
import cloud.citizen.stats.events.UsageEventsHandler;
import cloud.citizen.stats.service.OverviewReads;
import cloud.citizen.stats.testing.StatsFixtures;
import io.quarkus.test.junit.QuarkusTest;

/** The overview's one BatchGetItem reads what the counters, sketches and roll-ups read one by one. */
@QuarkusTest
@EmulatedAwsTest
class DynamoOverviewReadsTest {

    @Test
    void read_givesTheSameFiguresAsTheSeparateReads() {
        LocalDate day = StatsFixtures.freshDay();
        StatsFixtures.deliver(new UsageEventsHandler(StatsFixtures.components()), List.of(
                use(UsageKind.REGISTRATION, "ov-1", null, 0, noonOf(day)),
                use(UsageKind.LOGIN, "ov-2", null, 0, noonOf(day)),
                use(UsageKind.PAYMENT, "ov-1", "bills.water", 1_250, noonOf(day)),
                use(UsageKind.APPOINTMENT, "ov-3", "appointments.hospital", 0, noonOf(day))));
        DynamoRollups rollups = new DynamoRollups(EmulatedAwsResource.aws().dynamoDb(), StatsFixtures.table());
        rollups.saveMonth(YearMonth.from(day), 4_321);

        OverviewReads.Figures figures = new DynamoOverviewReads(EmulatedAwsResource.aws().dynamoDb(),
                StatsFixtures.table()).read(day);

        assertThat(figures.today()).isEqualTo(StatsFixtures.figures(day));
        assertThat(figures.today().activeUsers()).isEqualTo(3);
        assertThat(figures.today().counts().amountPaidFen()).isEqualTo(1_250);
        assertThat(figures.allTime()).isEqualTo(StatsFixtures.counters().allTime());
        assertThat(figures.monthActiveUsers()).isEqualTo(4_321);
    }

    @Test
    void read_ofADayWithoutEvents_isAllZeros() {
        LocalDate day = StatsFixtures.freshDay();

        OverviewReads.Figures figures = new DynamoOverviewReads(EmulatedAwsResource.aws().dynamoDb(),
                StatsFixtures.table()).read(day);

        assertThat(figures.today().activeUsers()).isZero();
        assertThat(figures.today().counts().amountPaidFen()).isZero();
        // the month row belongs to the roll-up (other tests' days share months): the same as read alone
        assertThat(figures.monthActiveUsers()).isEqualTo(new DynamoRollups(EmulatedAwsResource.aws().dynamoDb(),
                StatsFixtures.table()).monthActiveUsers(YearMonth.from(day)));
    }
}
