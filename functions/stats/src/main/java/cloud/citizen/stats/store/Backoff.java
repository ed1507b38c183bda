package cloud.citizen.stats.store;

import java.util.concurrent.ThreadLocalRandom;

/** A short randomised pause before retrying a write another writer got to first. */
final class Backoff {
    private Backoff() {
    }

    static void pause(int attempt) {
        long ceiling = Math.min(200, 5L << Math.min(attempt, 6));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
