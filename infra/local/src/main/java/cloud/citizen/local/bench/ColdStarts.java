package cloud.citizen.local.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A function's cold starts, each optionally paired with a cold start of the hello reference taken
 * right after it. The paired ratio is what survives a shared machine: a load change during the run
 * moves both starts of a pair, while a ratio of two medians taken minutes apart moves with the load.
 */
record ColdStarts(List<Long> millis, List<Long> referenceMillis) {

    static final ColdStarts NONE = new ColdStarts(List.of(), List.of());

    ColdStarts {
        millis = List.copyOf(millis);
        referenceMillis = List.copyOf(referenceMillis);
    }

    boolean paired() {
        return !millis.isEmpty() && referenceMillis.size() == millis.size();
    }

    long median() {
        return BenchResult.median(millis);
    }

    long min() {
        return BenchResult.min(millis);
    }

    /** Median of start / reference start over the pairs; empty without pairs. */
    OptionalDouble medianPairedRatio() {
        if (!paired()) {
            return OptionalDouble.empty();
        }
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < millis.size(); i++) {
            ratios.add((double) millis.get(i) / Math.max(1, referenceMillis.get(i)));
        }
        ratios.sort(Double::compare);
        int middle = ratios.size() / 2;
        return OptionalDouble.of(ratios.size() % 2 == 1 ? ratios.get(middle)
                : (ratios.get(middle - 1) + ratios.get(middle)) / 2);
    }
}
