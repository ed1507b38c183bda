package cloud.citizen.stats.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Consecutive days, both ends included, at most {@link #MAX_DAYS} of them (a whole list, never paged). */
public record DayRange(LocalDate from, LocalDate to) {
    public static final int MAX_DAYS = 366;

    public DayRange {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from is after to");
        }
        if (length(from, to) > MAX_DAYS) {
            throw new IllegalArgumentException("more than " + MAX_DAYS + " days");
        }
    }

    public static long length(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }
}
