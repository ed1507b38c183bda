package cloud.citizen.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class SteadyRateTest {

    @Test
    void run_keepsTheWarmUpApart_andHandsEachCallTheInputBuiltForIt() {
        AtomicInteger built = new AtomicInteger();
        List<Integer> called = new ArrayList<>();

        SteadyRate.Phases phases = SteadyRate.run(200, Duration.ofMillis(50), 1, built::incrementAndGet,
                input -> called.add(input) && input % 7 != 0);

        assertThat(phases.warmUp().sortedMillis()).hasSize(10);
        assertThat(phases.steady().sortedMillis()).hasSize(200);
        assertThat(called).hasSize(210).doesNotHaveDuplicates().allMatch(input -> input >= 1 && input <= 210);
        assertThat(built).hasValue(210);
        assertThat(phases.warmUp().failures() + phases.steady().failures()).isEqualTo(30); // 7, 14, ... 210
    }

    @Test
    void run_withoutWarmUp_measuresEveryCall() {
        SteadyRate.Phases phases = SteadyRate.run(100, Duration.ZERO, 1, () -> "probe", "probe"::equals);

        assertThat(phases.warmUp().sortedMillis()).isEmpty();
        assertThat(phases.steady().sortedMillis()).hasSize(100).isSorted();
        assertThat(phases.steady().failures()).isZero();
    }

    @Test
    void percentile_isTheNearestRankOfTheSortedLatencies() {
        List<Double> millis = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            millis.add((double) i);
        }
        SteadyRate.Latencies latencies = new SteadyRate.Latencies(millis, 0);

        assertThat(latencies.percentile(50)).isEqualTo(150.0);
        assertThat(latencies.percentile(99)).isEqualTo(297.0);
        assertThat(new SteadyRate.Latencies(List.of(), 0).percentile(99)).isZero();
    }
}
