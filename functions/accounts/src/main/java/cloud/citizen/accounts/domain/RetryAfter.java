package cloud.citizen.accounts.domain;

import java.time.Duration;

/** Turns a remaining wait into a Retry-After value. */
final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * Rounds up, and never below 1: a client told "0" or told to retry a fraction of a second too
     * early would be refused again.
     */
    static long seconds(Duration wait) {
        long whole = wait.getSeconds();
        return Math.max(1, wait.getNano() > 0 ? whole + 1 : whole);
    }
}
