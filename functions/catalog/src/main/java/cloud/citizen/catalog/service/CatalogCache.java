package cloud.citizen.catalog.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

import cloud.citizen.catalog.domain.CatalogIndex;
import cloud.citizen.catalog.domain.ChineseReadings;
import cloud.citizen.catalog.domain.Service;

/**
 * The instance's copy of the catalog, loaded on first use and reloaded once it is older than the
 * refresh interval (≤ 60 s: API.md promises readers see changes within 60 s). While one request
 * reloads, the others keep answering from the previous copy instead of queueing behind it. What
 * this instance writes itself is visible at once.
 */
public final class CatalogCache {
    private final CatalogStore store;
    private final ChineseReadings readings;
    private final Clock clock;
    private final Duration refreshInterval;
    private final ReentrantLock reloading = new ReentrantLock();
    private volatile Snapshot snapshot;

    private record Snapshot(CatalogIndex index, Instant loadedAt) {
    }

    public CatalogCache(CatalogStore store, ChineseReadings readings, Clock clock, Duration refreshInterval) {
        this.store = store;
        this.readings = readings;
        this.clock = clock;
        this.refreshInterval = refreshInterval;
    }

    public CatalogIndex current() {
        Snapshot current = snapshot;
        if (current == null) {
            reloading.lock(); // the very first load: everybody waits for it
            try {
                return snapshot == null ? reload().index() : snapshot.index();
            } finally {
                reloading.unlock();
            }
        }
        if (isStale(current) && reloading.tryLock()) {
            try {
                return isStale(snapshot) ? reload().index() : snapshot.index();
            } finally {
                reloading.unlock();
            }
        }
        return current.index();
    }

    /** Shows a service this instance has just written without waiting for the next reload. */
    public void remember(Service service) {
        reloading.lock();
        try {
            Snapshot current = snapshot;
            if (current != null) {
                snapshot = new Snapshot(current.index().with(service, readings), current.loadedAt());
            }
        } finally {
            reloading.unlock();
        }
    }

    private boolean isStale(Snapshot current) {
        return !clock.instant().isBefore(current.loadedAt().plus(refreshInterval));
    }

    private Snapshot reload() {
        Instant started = clock.instant();
        CatalogContents contents = store.loadAll();
        Snapshot loaded = new Snapshot(CatalogIndex.build(contents.departments(), contents.districts(),
                contents.services(), readings), started);
        snapshot = loaded;
        return loaded;
    }
}
