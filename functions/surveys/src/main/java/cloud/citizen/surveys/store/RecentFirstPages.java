package cloud.citizen.surveys.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import cloud.citizen.platform.paging.Page;
import cloud.citizen.surveys.domain.Survey;

/**
 * The first page of the survey list (newest first), kept per instance for a few seconds: it is the
 * same for every signed-in person and the app opens it on every visit, while surveys are published
 * rarely and never change afterwards. A list that shows a survey published seconds ago a few
 * seconds late costs a citizen nothing (a survey runs for days); {@code open} is computed per
 * request from the clock, so the cache never makes a closed survey look open. Pages after a cursor
 * are rarer and always read live. Publishing through this instance forgets the cache at once.
 */
final class RecentFirstPages {
    /** How long one instance lists the same first page; see the class comment for why seconds are fine. */
    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private record Entry(Page<Survey> page, Instant readAt) {
    }

    private final Clock clock;
    private final Map<Integer, Entry> byLimit = new ConcurrentHashMap<>();

    RecentFirstPages(Clock clock) {
        this.clock = clock;
    }

    Page<Survey> get(int limit, Supplier<Page<Survey>> read) {
        Instant now = clock.instant();
        Entry last = byLimit.get(limit);
        if (last != null && !now.isBefore(last.readAt()) && now.isBefore(last.readAt().plus(FRESH_FOR))) {
            return last.page();
        }
        Page<Survey> fresh = read.get();
        byLimit.put(limit, new Entry(fresh, now));
        return fresh;
    }

    void forget() {
        byLimit.clear();
    }
}
