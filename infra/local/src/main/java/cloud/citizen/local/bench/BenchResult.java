package cloud.citizen.local.bench;

import java.util.List;
import java.util.Optional;

/**
 * One function's measurements; {@code aotCold} is empty without {@code --aot};
 * {@code firstCallMillis}: the part of each cold start after init (first {@code /next} -> response);
 * {@code warm} holds the warm-up and the steady phase through the Runtime API, {@code gateway} the
 * same through the local gateway.
 */
record BenchResult(String function, int memoryMb, ColdStarts cold, List<Long> firstCallMillis, ColdStarts aotCold,
        long aotCacheMb, SteadyRate.Phases warm, Optional<SteadyRate.Phases> gateway, long rssMb, int failures) {

    BenchResult withGateway(SteadyRate.Phases latencies) {
        return new BenchResult(function, memoryMb, cold, firstCallMillis, aotCold, aotCacheMb, warm,
                Optional.of(latencies), rssMb, failures + latencies.warmUp().failures() + latencies.steady().failures());
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    static long min(List<Long> values) {
        return values.stream().min(Long::compare).orElse(0L);
    }
}
