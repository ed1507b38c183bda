package cloud.citizen.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import cloud.citizen.catalog.domain.Owner;
import cloud.citizen.catalog.domain.Service;
import cloud.citizen.catalog.domain.ServiceDraft;
import cloud.citizen.emulator.testing.MovableClock;

class CatalogCacheTest {
    private final List<Service> stored = new ArrayList<>();
    private final AtomicInteger loads = new AtomicInteger();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T01:00:00Z"));

    private final CatalogStore store = new CatalogStore() {
        @Override
        public CatalogContents loadAll() {
            loads.incrementAndGet();
            return new CatalogContents(List.of(), List.of(), List.copyOf(stored));
        }

        @Override
        public Optional<Service> find(String serviceId) {
            return stored.stream().filter(s -> s.serviceId().equals(serviceId)).findFirst();
        }

        @Override
        public void create(Service service) {
            stored.add(service);
        }

        @Override
        public Service replace(String serviceId, ServiceDraft draft) {
            throw new UnsupportedOperationException();
        }
    };

    private final CatalogCache cache = new CatalogCache(store, c -> List.of(), clock, Duration.ofSeconds(30));

    @Test
    void aChangeMadeElsewhere_isSeenOnceTheCopyIsOlderThanTheInterval_andNotBefore() {
        assertThat(cache.current().size()).isZero();
        stored.add(service("a"));

        clock.move(Duration.ofSeconds(29));
        assertThat(cache.current().size()).isZero();
        clock.move(Duration.ofSeconds(1));
        assertThat(cache.current().size()).isEqualTo(1);
        assertThat(loads).hasValue(2);
    }

    @Test
    void whatThisInstanceWrites_isSeenAtOnce() {
        cache.current();
        Service written = service("b");
        store.create(written);
        cache.remember(written);
        assertThat(cache.current().find("b")).contains(written);
        assertThat(loads).hasValue(1);
    }

    private static Service service(String id) {
        return new Service(id, "服务" + id, "community", Owner.district("jinjiang"), true, List.of(), 0);
    }
}
