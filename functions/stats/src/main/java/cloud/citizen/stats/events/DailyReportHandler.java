package cloud.citizen.stats.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;

import cloud.citizen.stats.StatsComponents;
import cloud.citizen.stats.domain.CityCalendar;
import cloud.citizen.stats.service.DailyReports;

/**
 * The 00:10 (city time) schedule: the report of the day that just ended. An operator re-runs a
 * day by invoking it with {@code {"date": "YYYY-MM-DD"}}; the report is rewritten with the same
 * bytes when the counters have not changed. Plain handler (no {@code RequestHandler}).
 */
public class DailyReportHandler {
    private final DailyReports reports;
    private final Clock clock;

    public DailyReportHandler() {
        this(StatsComponents.fromEnvironment());
    }

    public DailyReportHandler(StatsComponents components) {
        this.reports = components.dailyReports();
        this.clock = components.clock();
    }

    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        return Map.of("written", reports.write(dayToReport(event == null ? Map.of() : event)));
    }

    /** An explicit date, else the city day before the schedule's fire time (EventBridge's "time"), else before now. */
    LocalDate dayToReport(Map<String, Object> event) {
        if (event.get("date") instanceof String date) {
            return LocalDate.parse(date);
        }
        Instant firedAt = event.get("time") instanceof String time ? Instant.parse(time) : clock.instant();
        return CityCalendar.dayOf(firedAt).minusDays(1);
    }
}
