package cloud.citizen.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class SmsSourceBudgetWindowTest {

    @Test
    void window_isTheClockHour() {
        assertThat(SmsSourceBudget.windowStart(Instant.parse("2026-11-28T01:59:59Z")))
                .isEqualTo(Instant.parse("2026-11-28T01:00:00Z"));
    }

    @Test
    void retryAfter_isTheNextHour() {
        assertThat(SmsSourceBudget.retryAfterSeconds(Instant.parse("2026-11-28T01:45:00Z"))).isEqualTo(15 * 60);
    }
}
