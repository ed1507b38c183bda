package cloud.citizen.platform.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers to a public, slow-changing read, kept by one instance for a few seconds so that a busy
 * list costs one DynamoDB read per instance every few seconds instead of one per request. Only for
 * what a citizen may see a few seconds late (a provider directory, the first page of the topics):
 * never for a value that an invariant or a decision depends on, which is always read and enforced
 * in DynamoDB. The instance that changes the data calls {@link #forget()}, so it reads its own
 * writes; other instances catch up within {@code freshFor}. At most {@code maxEntries} answers are
 * kept (beyond that the oldest generation is dropped whole), so odd query parameters cannot grow it.
 */
public final class RecentReads<K, V> {
    private final Clock clock;
    private final Duration freshFor;
    private final int maxEntries;
    private final Map<K, Answer<V>> answers = new ConcurrentHashMap<>();

    public RecentReads(Clock clock, Duration freshFor, int maxEntries) {
        this.clock = Objects.requireNonNull(clock);
        this.freshFor = Objects.requireNonNull(freshFor);
        this.maxEntries = maxEntries;
    }

    /** The kept answer while it is fresh, otherwise a new one from {@code read} (kept from now on). */
    public V get(K key, Supplier<V> read) {
        Instant now = clock.instant();
        Answer<V> kept = answers.get(key);
        // a clock that went back (a restored snapshot, a corrected clock) makes nothing fresh
        if (kept != null && now.isBefore(kept.readAt().plus(freshFor)) && !now.isBefore(kept.readAt())) {
            return kept.value();
        }
        V value = Objects.requireNonNull(read.get(), "a read must answer something");
        if (answers.size() >= maxEntries) {
            answers.clear();
        }
        answers.put(key, new Answer<>(value, now));
        return value;
    }

    /** After this instance changed the data: the next read goes to the source. */
    public void forget() {
        answers.clear();
    }

    private record Answer<V>(V value, Instant readAt) {
    }
}
