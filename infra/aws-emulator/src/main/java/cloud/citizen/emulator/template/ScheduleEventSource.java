package cloud.citizen.emulator.template;

import java.util.Optional;

/**
 * A {@code Schedule} (EventBridge rule) or {@code ScheduleV2} (EventBridge Scheduler) event:
 * {@code expression} is {@code rate(...)} or {@code cron(...)}; the timezone only exists for V2
 * (rules always fire in UTC). {@code input} is the constant event body, unresolved.
 */
public record ScheduleEventSource(String eventName, String type, String expression, Optional<String> timezone,
        Optional<Object> input, boolean enabled) {
}
