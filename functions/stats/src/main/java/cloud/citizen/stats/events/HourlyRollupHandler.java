package cloud.citizen.stats.events;

import java.util.Map;

import com.amazonaws.services.lambda.runtime.Context;

import cloud.citizen.stats.StatsComponents;
import cloud.citizen.stats.service.HourlyRollup;

/** The hourly schedule: day rows, month active users, usage counts for the catalog. Plain handler (no {@code RequestHandler}). */
public class HourlyRollupHandler {
    private final HourlyRollup rollup;

    public HourlyRollupHandler() {
        this(StatsComponents.fromEnvironment());
    }

    public HourlyRollupHandler(StatsComponents components) {
        this.rollup = components.hourlyRollup();
    }

    public Map<String, Object> handleRequest(Map<String, Object> scheduledEvent, Context context) {
        HourlyRollup.Result result = rollup.run();
        return Map.of("days", result.days().stream().map(Object::toString).toList(),
                "months", result.months().stream().map(Object::toString).toList(),
                "servicesPublished", result.servicesPublished());
    }
}
