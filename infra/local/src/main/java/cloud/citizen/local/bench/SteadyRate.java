package cloud.citizen.local.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Calls at a steady rate (not back to back, as a client population would) and keeps each call's
 * latency, so that p50/p99 describe a warm instance serving {@code rate} requests a second.
 */
final class SteadyRate {

    /** Latencies in ms, sorted, and how many calls failed. */
    record Latencies(List<Double> sortedMillis, int failures) {

        double percentile(int percentile) {
            if (sortedMillis.isEmpty()) {
                return 0;
            }
            int index = (int) Math.ceil(percentile / 100.0 * sortedMillis.size()) - 1;
            return sortedMillis.get(Math.max(0, Math.min(sortedMillis.size() - 1, index)));
        }
    }

    private SteadyRate() {
    }

    /** @param call one request; answers whether it succeeded */
    static Latencies run(int rate, int seconds, BooleanSupplier call) {
        List<Double> millis = new ArrayList<>();
        int failures = 0;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long next = System.nanoTime();
        for (int i = 0; i < rate * seconds; i++) {
            LockSupport.parkNanos(next - System.nanoTime());
            long started = System.nanoTime();
            failures += call.getAsBoolean() ? 0 : 1;
            millis.add((System.nanoTime() - started) / 1e6);
            next += interval;
        }
        millis.sort(Double::compare);
        return new Latencies(millis, failures);
    }
}
