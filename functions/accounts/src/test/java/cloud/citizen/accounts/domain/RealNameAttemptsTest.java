package cloud.citizen.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class RealNameAttemptsTest {

    @Test
    void retryAfter_isTheCitysNextMidnight() {
        // 2026-11-28 09:00 in Chengdu: 15 hours to midnight
        assertThat(RealNameAttempts.retryAfterSeconds(Instant.parse("2026-11-28T01:00:00Z"))).isEqualTo(15 * 3600);
    }

    @Test
    void retryAfter_justBeforeMidnight_isNeverZero() {
        assertThat(RealNameAttempts.retryAfterSeconds(Instant.parse("2026-11-28T15:59:59.900Z"))).isEqualTo(1);
    }
}
