package cloud.citizen.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.MovableClock;

class RecentReadsTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T10:00:00Z"));
    private final AtomicInteger reads = new AtomicInteger();
    private final RecentReads<String, Integer> recent = new RecentReads<>(clock, Duration.ofSeconds(5), 3);

    @Test
    void get_withinFreshFor_readsOnce() {
        assertThat(recent.get("a", reads::incrementAndGet)).isEqualTo(1);
        clock.move(Duration.ofMillis(4_999));

        assertThat(recent.get("a", reads::incrementAndGet)).isEqualTo(1);
        assertThat(reads).hasValue(1);
    }

    @Test
    void get_afterFreshFor_readsAgain() {
        recent.get("a", reads::incrementAndGet);
        clock.move(Duration.ofSeconds(5));

        assertThat(recent.get("a", reads::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void get_keepsEachKeyApart() {
        recent.get("a", reads::incrementAndGet);

        assertThat(recent.get("b", reads::incrementAndGet)).isEqualTo(2);
        assertThat(recent.get("a", reads::incrementAndGet)).isEqualTo(1);
    }

    @Test
    void forget_makesTheNextGetRead() {
        recent.get("a", reads::incrementAndGet);
        recent.forget();

        assertThat(recent.get("a", reads::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void get_whenTheClockWentBack_readsAgain() {
        recent.get("a", reads::incrementAndGet);
        clock.move(Duration.ofSeconds(-1));

        assertThat(recent.get("a", reads::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void get_beyondMaxEntries_keepsNoMoreThanMax() {
        for (String key : new String[] { "a", "b", "c", "d" }) {
            recent.get(key, reads::incrementAndGet);
        }

        // "d" started a new generation: the first three are read again, "d" is not
        assertThat(recent.get("d", reads::incrementAndGet)).isEqualTo(4);
        assertThat(recent.get("a", reads::incrementAndGet)).isEqualTo(5);
    }
}
