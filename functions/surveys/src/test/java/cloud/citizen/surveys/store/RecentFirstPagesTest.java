package cloud.citizen.surveys.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import cloud.citizen.platform.paging.Page;
import cloud.citizen.surveys.domain.Survey;

class RecentFirstPagesTest {
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-30T12:00:00Z"));
    private final RecentFirstPages pages = new RecentFirstPages(clock);
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void aFirstPage_isReadOnce_whileFresh_thenReadAgain() {
        Page<Survey> first = list(20);
        clock.advance(RecentFirstPages.FRESH_FOR.minusMillis(1));
        assertThat(list(20)).isSameAs(first);
        assertThat(reads).hasValue(1);

        clock.advance(Duration.ofMillis(1));
        assertThat(list(20)).isNotSameAs(first);
        assertThat(reads).hasValue(2);
    }

    @Test
    void eachLimit_isItsOwnPage() {
        list(20);
        list(5);
        assertThat(reads).hasValue(2);
    }

    @Test
    void publishing_forgetsEveryPage_atOnce() {
        list(20);
        pages.forget();
        list(20);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aClockThatWentBack_readsAgain() {
        list(20);
        clock.advance(Duration.ofSeconds(-1));
        list(20);
        assertThat(reads).hasValue(2);
    }

    private Page<Survey> list(int limit) {
        return pages.get(limit, () -> {
            reads.incrementAndGet();
            return new Page<>(List.of(), "read " + reads.get());
        });
    }

    private static final class SettableClock extends Clock {
        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
