package cloud.citizen.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import cloud.citizen.accounts.testing.AccountsFixtures;

class SmsQuotaTest {

    private static final Instant NOW = AccountsFixtures.NOW; // 09:00 in Chengdu

    @Test
    void decide_whenNothingSentYet_allows() {
        assertThat(SmsQuota.decide(null, 0, NOW)).isEqualTo(new SmsQuotaDecision.Allowed());
    }

    @Test
    void decide_whenLastCodeWithinTheMinute_refusesUntilTheMinuteIsOver() {
        Instant lastSentAt = NOW.minusSeconds(20);

        assertThat(SmsQuota.decide(lastSentAt, 1, NOW)).isEqualTo(new SmsQuotaDecision.RetryAfter(40));
    }

    @Test
    void decide_roundsAPartialSecondUp() {
        Instant lastSentAt = NOW.minusMillis(59_001);

        assertThat(SmsQuota.decide(lastSentAt, 1, NOW)).isEqualTo(new SmsQuotaDecision.RetryAfter(1));
    }

    @Test
    void decide_whenExactlyOneMinuteHasPassed_allows() {
        assertThat(SmsQuota.decide(NOW.minus(Duration.ofMinutes(1)), 1, NOW)).isEqualTo(new SmsQuotaDecision.Allowed());
    }

    @Test
    void decide_whenNinthCodeOfTheDay_stillAllowsTheTenth() {
        assertThat(SmsQuota.decide(NOW.minusSeconds(3600), 9, NOW)).isEqualTo(new SmsQuotaDecision.Allowed());
    }

    @Test
    void decide_whenTenCodesSentToday_refusesUntilMidnightInChengdu() {
        // 09:00 in Chengdu: 15 hours to midnight.
        SmsQuotaDecision decision = SmsQuota.decide(NOW.minusSeconds(3600), 10, NOW);

        assertThat(decision).isEqualTo(new SmsQuotaDecision.RetryAfter(15 * 3600));
    }

    @Test
    void decide_whenBothLimitsHit_reportsTheLaterRetry() {
        Instant oneSecondBeforeMidnight = Instant.parse("2026-11-28T15:59:59Z");

        SmsQuotaDecision decision = SmsQuota.decide(oneSecondBeforeMidnight.minusSeconds(10), 10, oneSecondBeforeMidnight);

        assertThat(decision).isEqualTo(new SmsQuotaDecision.RetryAfter(50));
    }

    @Test
    void decide_retryAfterIsNeverZero() {
        Instant almostMidnight = Instant.parse("2026-11-28T15:59:59.999Z");

        assertThat(SmsQuota.decide(null, 10, almostMidnight)).isEqualTo(new SmsQuotaDecision.RetryAfter(1));
    }

    @Test
    void tooManyCodesException_carriesTheRetryAfter() {
        TooManyCodesException refusal = new TooManyCodesException(new SmsQuotaDecision.RetryAfter(40));

        assertThat(refusal.retryAfterSeconds()).hasValue(40);
        assertThat(refusal.status()).isEqualTo(429);
        assertThat(refusal.code()).isEqualTo("TOO_MANY_CODES");
    }
}
