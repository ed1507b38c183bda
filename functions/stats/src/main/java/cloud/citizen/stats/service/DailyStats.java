package cloud.citizen.stats.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cloud.citizen.stats.domain.DayFigures;
import cloud.citizen.stats.domain.DayRange;

/** Every day of a range from the rolled-up rows; a day without a row had no usage and shows zeros. */
public final class DailyStats {
    private final Rollups rollups;

    public DailyStats(Rollups rollups) {
        this.rollups = rollups;
    }

    public List<DayFigures> between(DayRange range) {
        Map<LocalDate, DayFigures> rows = rollups.days(range).stream()
                .collect(Collectors.toMap(DayFigures::date, Function.identity()));
        return range.days().stream().map(day -> rows.getOrDefault(day, DayFigures.empty(day))).toList();
    }
}
