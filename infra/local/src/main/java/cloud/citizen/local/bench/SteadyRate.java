package cloud.citizen.local.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Calls at a steady rate (not back to back, as a client population would) and keeps each call's
 * latency, so that p50/p99 describe a warm instance serving {@code rate} requests a second.
 * A warm-up at the same rate comes first and is reported on its own: the managed runtime compiles
 * with C1 only, and C1 compiles a method after 100-200 calls, so code run once per request is
 * interpreted for the first 5-10 s at 20 req/s; counting those seconds as "warm" would mix the
 * end of the cold start into the steady state (the warm-up's own p99 is still printed).
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

    /** The warm-up's latencies and the measured ones after it. */
    record Phases(Latencies warmUp, Latencies steady) {
    }

    private SteadyRate() {
    }

    /**
     * @param input builds one call's input before its clock starts (the caller's own work is not the latency)
     * @param call one request; answers whether it succeeded
     */
    static <T> Phases run(int rate, Duration warmUp, int seconds, Supplier<T> input, Predicate<T> call) {
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long next = System.nanoTime();
        Latencies warm = calls((int) (rate * warmUp.toMillis() / 1000), next, interval, input, call);
        long afterWarmUp = next + warm.sortedMillis().size() * interval;
        long now = System.nanoTime();
        return new Phases(warm, calls(rate * seconds, afterWarmUp - now > 0 ? afterWarmUp : now, interval, input, call));
    }

    private static <T> Latencies calls(int count, long first, long interval, Supplier<T> input, Predicate<T> call) {
        List<Double> millis = new ArrayList<>();
        int failures = 0;
        long next = first;
        for (int i = 0; i < count; i++) {
            T prepared = input.get();
            LockSupport.parkNanos(next - System.nanoTime());
            long started = System.nanoTime();
            failures += call.test(prepared) ? 0 : 1;
            millis.add((System.nanoTime() - started) / 1e6);
            next += interval;
        }
        millis.sort(Double::compare);
        return new Latencies(millis, failures);
    }
}
