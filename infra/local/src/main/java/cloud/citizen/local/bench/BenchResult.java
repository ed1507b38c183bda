package cloud.citizen.local.bench;

import java.util.List;
import java.util.Optional;

/**
 * One function's measurements; {@code aotColdMillis} is empty without {@code --aot};
 * {@code firstCallMillis}: the part of each cold start after init (first {@code /next} -> response).
 */
record BenchResult(String function, int memoryMb, List<Long> coldMillis, List<Long> firstCallMillis,
        List<Long> aotColdMillis, long aotCacheMb, SteadyRate.Latencies warm, Optional<SteadyRate.Latencies> gateway,
        long rssMb, int failures) {

    BenchResult withGateway(SteadyRate.Latencies latencies) {
        return new BenchResult(function, memoryMb, coldMillis, firstCallMillis, aotColdMillis, aotCacheMb, warm,
                Optional.of(latencies), rssMb, failures + latencies.failures());
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    static long min(List<Long> values) {
        return values.stream().min(Long::compare).orElse(0L);
    }
}
