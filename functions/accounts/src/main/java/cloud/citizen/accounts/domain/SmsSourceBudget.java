package cloud.citizen.accounts.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How many SMS code requests one source address may make per clock hour: the per-phone quota
 * ({@link SmsQuota}) alone would let one client text any number of phones. Every request counts,
 * sent or refused, since each costs a lookup and may cost an SMS. The limit is a deployment
 * setting (template parameter SmsCodesPerSourceIpPerHour): carrier NAT puts many citizens behind
 * one address, so it is generous.
 */
public final class SmsSourceBudget {

    public static final int DEFAULT_PER_HOUR = 60;
    public static final Duration WINDOW = Duration.ofHours(1);

    private SmsSourceBudget() {
    }

    /** The start of the clock hour that {@code now} counts in. */
    public static Instant windowStart(Instant now) {
        return now.truncatedTo(ChronoUnit.HOURS);
    }

    /** The Retry-After of a refused request: the start of the next hour. */
    public static long retryAfterSeconds(Instant now) {
        return RetryAfter.seconds(Duration.between(now, windowStart(now).plus(WINDOW)));
    }
}
