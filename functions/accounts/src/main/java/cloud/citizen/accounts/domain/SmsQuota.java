package cloud.citizen.accounts.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The sending limits of {@link SmsCodePolicy} as a pure decision: at most one code a minute and
 * {@value SmsCodePolicy#MAX_SENDS_PER_DAY} a day per phone, where "a day" is a calendar day in the
 * city's zone ({@link CityZone}). When both limits are hit the later retry time wins, so the
 * client is never told to come back at a moment that will still be refused.
 */
public final class SmsQuota {

    private SmsQuota() {
    }

    /**
     * @param lastSentAt when the last code went to this phone, or null if none ever did
     * @param sentToday  how many codes went to this phone on the city day that contains {@code now}
     */
    public static SmsQuotaDecision decide(Instant lastSentAt, int sentToday, Instant now) {
        Duration wait = Duration.ZERO;
        if (lastSentAt != null) {
            Duration sinceLast = Duration.between(lastSentAt, now);
            wait = max(wait, SmsCodePolicy.MIN_INTERVAL_BETWEEN_SENDS.minus(sinceLast));
        }
        if (sentToday >= SmsCodePolicy.MAX_SENDS_PER_DAY) {
            wait = max(wait, Duration.between(now, CityZone.startOfNextDay(now)));
        }
        if (wait.isZero() || wait.isNegative()) {
            return new SmsQuotaDecision.Allowed();
        }
        return new SmsQuotaDecision.RetryAfter(RetryAfter.seconds(wait));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
