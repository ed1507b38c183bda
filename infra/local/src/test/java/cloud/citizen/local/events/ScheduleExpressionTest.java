package cloud.citizen.local.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ScheduleExpressionTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-11-28T09:30:20Z"); // a Saturday

    private static Instant next(String expression, ZoneId zone, Instant after) {
        return ScheduleExpression.parse(expression, zone, NOW).nextAfter(after).orElseThrow();
    }

    @Test
    void rate_firesOnePeriodAfterCreationAndEveryPeriodAfter() {
        assertThat(next("rate(1 minute)", ZoneOffset.UTC, NOW)).isEqualTo(NOW.plusSeconds(60));
        assertThat(next("rate(2 hours)", ZoneOffset.UTC, NOW.plusSeconds(7300))).isEqualTo(NOW.plusSeconds(14400));
    }

    @Test
    void cron_runsInTheSchedulesTimeZone() {
        // 00:05 every day in Shanghai is 16:05 UTC the day before
        assertThat(next("cron(5 0 * * ? *)", SHANGHAI, NOW)).isEqualTo(Instant.parse("2026-11-28T16:05:00Z"));
        assertThat(next("cron(5 0 * * ? *)", ZoneOffset.UTC, NOW)).isEqualTo(Instant.parse("2026-11-29T00:05:00Z"));
    }

    @Test
    void cron_supportsRangesStepsNamesAndTheSpecialDays() {
        assertThat(next("cron(0/15 * * * ? *)", ZoneOffset.UTC, NOW)).isEqualTo(Instant.parse("2026-11-28T09:45:00Z"));
        assertThat(next("cron(0 8 ? * MON-FRI *)", ZoneOffset.UTC, NOW)).isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
        assertThat(next("cron(0 0 L * ? *)", ZoneOffset.UTC, NOW)).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
        assertThat(next("cron(0 0 ? * 2#1 *)", ZoneOffset.UTC, NOW)).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
        assertThat(next("cron(0 0 ? * 6L *)", ZoneOffset.UTC, NOW)).isEqualTo(Instant.parse("2026-12-25T00:00:00Z"));
        assertThat(next("cron(0 0 1W * ? *)", ZoneOffset.UTC, NOW)).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(next("cron(0 12 29 FEB ? 2028)", ZoneOffset.UTC, NOW)).isEqualTo(Instant.parse("2028-02-29T12:00:00Z"));
    }

    @Test
    void at_firesOnceInItsZone() {
        assertThat(next("at(2026-12-01T08:00:00)", SHANGHAI, NOW)).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(ScheduleExpression.parse("at(2026-01-01T00:00:00)", SHANGHAI, NOW).nextAfter(NOW)).isEmpty();
    }

    @Test
    void parse_refusesMalformedExpressions() {
        assertThatThrownBy(() -> ScheduleExpression.parse("cron(0 0 * * * *)", ZoneOffset.UTC, NOW))
                .hasMessageContaining("'?'");
        assertThatThrownBy(() -> ScheduleExpression.parse("every minute", ZoneOffset.UTC, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
