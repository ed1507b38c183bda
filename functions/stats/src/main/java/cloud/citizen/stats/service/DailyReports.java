package cloud.citizen.stats.service;

import java.time.LocalDate;
import java.util.List;

import cloud.citizen.stats.domain.DayFigures;

/**
 * The daily report of a finished day: its figures as a row and as files
 * {@code reports/daily/YYYY-MM-DD.json|csv}. Nothing in the files depends on when they are written,
 * so running a day again over the same counters writes the same bytes.
 */
public final class DailyReports {
    private final DayReading dayReading;
    private final Rollups rollups;
    private final ReportArchive archive;

    public DailyReports(UsageCounters counters, ActiveUserSketches sketches, Rollups rollups, ReportArchive archive) {
        this.dayReading = new DayReading(counters, sketches);
        this.rollups = rollups;
        this.archive = archive;
    }

    /** @return the keys written */
    public List<String> write(LocalDate day) {
        DayFigures figures = dayReading.of(day);
        rollups.saveDay(figures);
        String json = keyFor(day, "json");
        String csv = keyFor(day, "csv");
        archive.store(json, "application/json", ReportFiles.json(figures));
        archive.store(csv, "text/csv; charset=utf-8", ReportFiles.csv(figures));
        return List.of(json, csv);
    }

    public static String keyFor(LocalDate day, String extension) {
        return "reports/daily/" + day + "." + extension;
    }
}
