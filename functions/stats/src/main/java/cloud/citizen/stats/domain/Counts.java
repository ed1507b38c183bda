package cloud.citizen.stats.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import cloud.citizen.platform.usage.UsageKind;

/**
 * Usage counters of one day, or of all time: uses by kind, uses by catalog service and the money
 * paid. Immutable; sums of shards and of batches are made with {@link #plus}.
 */
public record Counts(Map<UsageKind, Long> byKind, Map<String, Long> byService, long amountPaidFen) {
    public static final Counts NONE = new Counts(Map.of(), Map.of(), 0);

    public Counts {
        EnumMap<UsageKind, Long> kinds = new EnumMap<>(UsageKind.class);
        byKind.forEach((kind, n) -> {
            if (n != 0) {
                kinds.put(kind, n);
            }
        });
        byKind = Collections.unmodifiableMap(kinds);
        byService = Collections.unmodifiableMap(new TreeMap<>(byService));
    }

    public long of(UsageKind kind) {
        return byKind.getOrDefault(kind, 0L);
    }

    /** All service uses (payments, appointments, ballots, posts, survey responses). */
    public long serviceUses() {
        return byKind.entrySet().stream().filter(e -> e.getKey().isServiceUse()).mapToLong(Map.Entry::getValue).sum();
    }

    public boolean isEmpty() {
        return byKind.isEmpty() && byService.isEmpty() && amountPaidFen == 0;
    }

    public Counts plus(Counts other) {
        EnumMap<UsageKind, Long> kinds = new EnumMap<>(UsageKind.class);
        kinds.putAll(byKind);
        other.byKind.forEach((kind, n) -> kinds.merge(kind, n, Long::sum));
        Map<String, Long> services = new TreeMap<>(byService);
        other.byService.forEach((service, n) -> services.merge(service, n, Long::sum));
        return new Counts(kinds, services, amountPaidFen + other.amountPaidFen);
    }
}
