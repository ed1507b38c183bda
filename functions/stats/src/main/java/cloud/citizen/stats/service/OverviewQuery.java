package cloud.citizen.stats.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import cloud.citizen.stats.domain.CityCalendar;
import cloud.citizen.stats.domain.Overview;

/**
 * The public overview, read live from the counters (so events show within seconds, not at the
 * next roll-up) and kept for a few seconds per instance: a busy home page costs one read a
 * few seconds, not one per visitor.
 */
public final class OverviewQuery {
    private final UsageCounters counters;
    private final DayReading dayReading;
    private final Rollups rollups;
    private final Clock clock;
    private final Duration freshFor;
    private volatile Overview cached;

    public OverviewQuery(UsageCounters counters, ActiveUserSketches sketches, Rollups rollups, Clock clock,
            Duration freshFor) {
        this.counters = counters;
        this.dayReading = new DayReading(counters, sketches);
        this.rollups = rollups;
        this.clock = clock;
        this.freshFor = freshFor;
    }

    public Overview current() {
        Instant now = clock.instant();
        Overview last = cached;
        if (last != null && now.isBefore(last.generatedAt().plus(freshFor)) && !now.isBefore(last.generatedAt())) {
            return last;
        }
        LocalDate today = CityCalendar.dayOf(now);
        Overview fresh = new Overview(counters.allTime(), dayReading.of(today),
                rollups.monthActiveUsers(YearMonth.from(today)), now);
        cached = fresh;
        return fresh;
    }
}
