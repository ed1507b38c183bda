package cloud.citizen.stats.service;

import java.time.LocalDate;
import java.util.List;

import cloud.citizen.stats.domain.DayFigures;

/** A day's figures straight from the counters and sketches (shards summed, sketch estimated). */
public final class DayReading {
    private final UsageCounters counters;
    private final ActiveUserSketches sketches;

    public DayReading(UsageCounters counters, ActiveUserSketches sketches) {
        this.counters = counters;
        this.sketches = sketches;
    }

    public DayFigures of(LocalDate day) {
        return new DayFigures(day, counters.day(day), sketches.activeOn(List.of(day)).estimate());
    }
}
