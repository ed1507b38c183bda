package cloud.citizen.accounts.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * At most {@value #MAX_FAILED_PER_DAY} failed real-name verifications per citizen and city day
 * ({@link CityZone}): an ID number that is refused as taken tells the caller it is registered, so
 * guesses must stay few. Each attempt is reserved before it is checked and given back when it
 * succeeds, so only failures stay counted and concurrent attempts cannot pass the limit.
 */
public final class RealNameAttempts {

    public static final int MAX_FAILED_PER_DAY = 5;

    private RealNameAttempts() {
    }

    /** The Retry-After of a refused attempt: the next city midnight. */
    public static long retryAfterSeconds(Instant now) {
        return RetryAfter.seconds(Duration.between(now, CityZone.startOfNextDay(now)));
    }
}
