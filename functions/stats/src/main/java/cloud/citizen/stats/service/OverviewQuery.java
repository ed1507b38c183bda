package cloud.citizen.stats.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cloud.citizen.stats.domain.CityCalendar;
import cloud.citizen.stats.domain.Overview;

/**
 * The public overview, read live from the counters (so events show within seconds, not at the
 * next roll-up) and kept for a few seconds per instance: a busy home page costs one read a
 * few seconds, not one per visitor.
 */
public final class OverviewQuery {
    private final OverviewReads reads;
    private final Clock clock;
    private final Duration freshFor;
    private volatile Overview cached;

    public OverviewQuery(OverviewReads reads, Clock clock, Duration freshFor) {
        this.reads = reads;
        this.clock = clock;
        this.freshFor = freshFor;
    }

    public Overview current() {
        Instant now = clock.instant();
        Overview last = cached;
        if (last != null && now.isBefore(last.generatedAt().plus(freshFor)) && !now.isBefore(last.generatedAt())) {
            return last;
        }
        OverviewReads.Figures figures = reads.read(CityCalendar.dayOf(now));
        Overview fresh = new Overview(figures.allTime(), figures.today(), figures.monthActiveUsers(), now);
        cached = fresh;
        return fresh;
    }
}
