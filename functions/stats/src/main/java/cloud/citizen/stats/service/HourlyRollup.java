package cloud.citizen.stats.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import cloud.citizen.stats.domain.CityCalendar;

/**
 * The hourly roll-up: turns the counters of every day that changed (always today and yesterday,
 * plus older days that late events touched) into day rows, recomputes those days' months'
 * distinct active users, and tells the catalog the new usage counts of services that changed.
 * It reads counters by key only, never scanning a table.
 */
public final class HourlyRollup {
    /** What one run did. */
    public record Result(Set<LocalDate> days, Set<YearMonth> months, int servicesPublished) {
    }

    private final UsageCounters counters;
    private final ActiveUserSketches sketches;
    private final Rollups rollups;
    private final CatalogUsageFeed catalog;
    private final DayReading dayReading;
    private final Clock clock;

    public HourlyRollup(UsageCounters counters, ActiveUserSketches sketches, Rollups rollups, CatalogUsageFeed catalog,
            Clock clock) {
        this.counters = counters;
        this.sketches = sketches;
        this.rollups = rollups;
        this.catalog = catalog;
        this.dayReading = new DayReading(counters, sketches);
        this.clock = clock;
    }

    public Result run() {
        Instant now = clock.instant();
        LocalDate today = CityCalendar.dayOf(now);
        Set<LocalDate> changed = counters.changedDays();
        // taken before reading: an event counted from now on marks its day again for the next run
        counters.takeChangedDays(changed);
        Set<LocalDate> days = new TreeSet<>(changed);
        days.add(today);
        days.add(today.minusDays(1));
        Set<YearMonth> months = new TreeSet<>();
        try {
            for (LocalDate day : days) {
                rollups.saveDay(dayReading.of(day));
                months.add(YearMonth.from(day));
            }
            months.forEach(month -> rollups.saveMonth(month, monthActiveUsers(month, today)));
        } catch (RuntimeException e) {
            counters.markChanged(changed);
            throw e;
        }
        return new Result(days, months, publishChangedUsage(now));
    }

    private long monthActiveUsers(YearMonth month, LocalDate today) {
        LocalDate last = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        if (last.isBefore(month.atDay(1))) {
            return 0;
        }
        return sketches.activeOn(month.atDay(1).datesUntil(last.plusDays(1)).toList()).estimate();
    }

    /** Absolute counts, sent only for services whose count moved since the last run. */
    private int publishChangedUsage(Instant now) {
        Map<String, Long> current = counters.allTime().byService();
        Map<String, Long> sent = rollups.usageSentToCatalog();
        Map<String, Long> changed = new LinkedHashMap<>();
        current.forEach((service, count) -> {
            if (!Objects.equals(sent.get(service), count)) {
                changed.put(service, count);
            }
        });
        if (!changed.isEmpty()) {
            catalog.publish(changed, now);
            rollups.recordUsageSentToCatalog(changed);
        }
        return changed.size();
    }
}
