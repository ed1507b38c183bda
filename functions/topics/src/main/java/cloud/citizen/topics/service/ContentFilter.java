package cloud.citizen.topics.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cloud.citizen.topics.domain.FilterVerdict;
import cloud.citizen.topics.domain.WordList;

/**
 * The sensitive-word filter of one function instance. The word list is read from the table at most
 * once per {@code ttl} (so an admin's change reaches every instance within it) and the automaton is
 * rebuilt only then; the instance that saved a change uses it at once.
 */
public final class ContentFilter {
    private record Loaded(WordMatcher matcher, Instant at) {
    }

    private final WordListStore store;
    private final Duration ttl;
    private final Clock clock;
    private volatile Loaded loaded;

    public ContentFilter(WordListStore store, Duration ttl, Clock clock) {
        this.store = store;
        this.ttl = ttl;
        this.clock = clock;
    }

    public FilterVerdict check(String text) {
        return current().matcher().verdict(text);
    }

    /** Takes a list just saved by this instance into use without waiting for the ttl. */
    public void replace(WordList words) {
        loaded = new Loaded(new WordMatcher(words), clock.instant());
    }

    private Loaded current() {
        Loaded now = loaded;
        if (now == null || now.at().plus(ttl).isBefore(clock.instant())) {
            now = new Loaded(new WordMatcher(store.load()), clock.instant());
            loaded = now;
        }
        return now;
    }
}
