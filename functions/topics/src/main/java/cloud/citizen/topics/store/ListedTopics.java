package cloud.citizen.topics.store;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import cloud.citizen.platform.cache.RecentReads;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.topics.domain.Topic;

/**
 * First pages of {@code GET /v1/topics} that this instance served in the last few seconds (one per
 * limit). The list is the same for every signed-in caller, changes when staff open or close a topic
 * and, through {@code postCount}, with every published post: a count a few seconds behind is fine to
 * read, and nothing is decided on it (whether a topic takes posts is checked in the post's own
 * transaction). The writers of this instance call {@link #changed()} after their transaction, so
 * the instance shows its own writes at once. Later pages (with a cursor) are always read.
 */
public final class ListedTopics {
    /** Like the stats overview: a busy list costs one Query per instance every five seconds. */
    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final RecentReads<Integer, Page<Topic>> firstPages;

    public ListedTopics(Clock clock) {
        this.firstPages = new RecentReads<>(clock, FRESH_FOR, 100);
    }

    Page<Topic> firstPage(int limit, Supplier<Page<Topic>> read) {
        return firstPages.get(limit, read);
    }

    /** After a write of this instance that created a topic, changed its status or moved its count. */
    void changed() {
        firstPages.forget();
    }
}
