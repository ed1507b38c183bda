package cloud.citizen.stats.service;

import static cloud.citizen.stats.testing.StatsFixtures.noonOf;
import static cloud.citizen.stats.testing.StatsFixtures.use;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.platform.usage.UsageKind;
import cloud.citizen.stats.StatsComponents;
import cloud.citizen.stats.events.DailyReportHandler;
import cloud.citizen.stats.events.UsageEventsHandler;
import cloud.citizen.stats.testing.StatsFixtures;
import io.quarkus.test.junit.QuarkusTest;

/** The 00:10 report: JSON and CSV in the reports bucket, the same bytes when a day is run again. */
@QuarkusTest
@EmulatedAwsTest
class DailyReportTest {

    @Test
    void reportOfYesterday_atTenPastMidnight_isWrittenTwiceWithTheSameBytes() throws Exception {
        LocalDate day = StatsFixtures.freshDay();
        String water = StatsFixtures.newId("bills.water");
        StatsFixtures.deliver(new UsageEventsHandler(StatsFixtures.components()), List.of(
                use(UsageKind.PAYMENT, "u1", water, 12850, noonOf(day)),
                use(UsageKind.PAYMENT, "u2", water, 150, noonOf(day)),
                use(UsageKind.REGISTRATION, "u3", null, 0, noonOf(day)),
                use(UsageKind.LOGIN, "u3", null, 0, noonOf(day)),
                use(UsageKind.APPOINTMENT, "u1", "appointments.vaccine", 0, noonOf(day).plusSeconds(12 * 3600 + 60))));
        // the schedule fires at 16:10 UTC, i.e. 00:10 of the next city day
        String firedAt = day.atTime(16, 10).toInstant(ZoneOffset.UTC).toString();
        StatsComponents components = StatsFixtures.components(Clock.systemUTC());

        new DailyReportHandler(components).handleRequest(Map.of("time", firedAt), null);
        byte[] json = object(day, "json");
        byte[] csv = object(day, "csv");
        new DailyReportHandler(components).handleRequest(Map.of("date", day.toString()), null);

        assertThat(object(day, "json")).isEqualTo(json);
        assertThat(object(day, "csv")).isEqualTo(csv);
        JsonNode report = new ObjectMapper().readTree(json);
        assertThat(report.path("date").asText()).isEqualTo(day.toString());
        assertThat(report.path("payments").asLong()).isEqualTo(2);
        assertThat(report.path("appointments").asLong()).isZero(); // 12 h 1 min after noon is the next city day
        assertThat(report.path("newUsers").asLong()).isEqualTo(1);
        assertThat(report.path("activeUsers").asLong()).isEqualTo(3);
        assertThat(report.path("amountPaidFen").asLong()).isEqualTo(13000);
        assertThat(report.path("usesByService").path(water).asLong()).isEqualTo(2);
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("date,metric,value\r\n")
                .contains(day + ",payments,2\r\n").contains(day + ",service:" + water + ",2\r\n");
        assertThat(components.dailyStats().between(new cloud.citizen.stats.domain.DayRange(day, day)).get(0)
                .payments()).isEqualTo(2);
    }

    private static byte[] object(LocalDate day, String extension) {
        return EmulatedAwsResource.aws().s3().getObjectAsBytes(g -> g
                .bucket(EmulatedAwsResource.resources().bucketName("StatsReportsBucket"))
                .key(DailyReports.keyFor(day, extension))).asByteArray();
    }
}
