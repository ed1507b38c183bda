package cloud.citizen.stats.service;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import cloud.citizen.stats.domain.DayFigures;
import cloud.citizen.stats.domain.DayRange;

/** What the roll-up keeps for quick reading: one row per day, active users per month, what the catalog was told. */
public interface Rollups {

    void saveDay(DayFigures figures);

    /** The rolled-up days of the range that have a row, in date order. */
    List<DayFigures> days(DayRange range);

    void saveMonth(YearMonth month, long activeUsers);

    long monthActiveUsers(YearMonth month);

    Map<String, Long> usageSentToCatalog();

    void recordUsageSentToCatalog(Map<String, Long> usageCounts);
}
