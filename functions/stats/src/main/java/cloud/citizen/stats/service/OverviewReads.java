package cloud.citizen.stats.service;

import java.time.LocalDate;

import cloud.citizen.stats.domain.Counts;
import cloud.citizen.stats.domain.DayFigures;

/**
 * What the overview shows, read together: the store can fetch the all-time counters, the day's
 * counters and sketches and the month's roll-up by key in one round trip instead of four.
 */
public interface OverviewReads {

    Figures read(LocalDate today);

    record Figures(Counts allTime, DayFigures today, long monthActiveUsers) {
    }
}
