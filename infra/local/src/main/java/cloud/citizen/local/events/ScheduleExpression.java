package cloud.citizen.local.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a schedule fires: {@code rate(N minute[s]|hour[s]|day[s])} (first N after it was created),
 * {@code cron(...)} in the schedule's time zone (UTC for EventBridge rules), or the one-time
 * {@code at(yyyy-mm-ddThh:mm:ss)} of EventBridge Scheduler.
 */
public sealed interface ScheduleExpression {

    /** The first firing strictly after {@code after}; empty when it never fires again. */
    Optional<Instant> nextAfter(Instant after);

    static ScheduleExpression parse(String expression, ZoneId zone, Instant createdAt) {
        String trimmed = expression.trim();
        Matcher rate = Pattern.compile("^rate\\((\\d+)\\s+(minutes?|hours?|days?)\\)$", Pattern.CASE_INSENSITIVE)
                .matcher(trimmed);
        if (rate.matches()) {
            long amount = Long.parseLong(rate.group(1));
            if (amount < 1) {
                throw new IllegalArgumentException("a rate must be at least 1: " + expression);
            }
            String unit = rate.group(2).toLowerCase(Locale.ROOT);
            Duration period = unit.startsWith("minute") ? Duration.ofMinutes(amount)
                    : unit.startsWith("hour") ? Duration.ofHours(amount) : Duration.ofDays(amount);
            return new Rate(createdAt, period);
        }
        if (trimmed.startsWith("cron(") && trimmed.endsWith(")")) {
            return new Cron(CronExpression.parse(trimmed.substring(5, trimmed.length() - 1)), zone);
        }
        if (trimmed.startsWith("at(") && trimmed.endsWith(")")) {
            return new At(LocalDateTime.parse(trimmed.substring(3, trimmed.length() - 1)).atZone(zone).toInstant());
        }
        throw new IllegalArgumentException("not a schedule expression (rate, cron or at): " + expression);
    }

    static ZoneId zone(Optional<String> timezone) {
        return timezone.map(ZoneId::of).orElse(ZoneOffset.UTC);
    }

    /** Every {@code period}, counted from {@code anchor}. */
    record Rate(Instant anchor, Duration period) implements ScheduleExpression {
        @Override
        public Optional<Instant> nextAfter(Instant after) {
            long elapsed = Math.max(0, Duration.between(anchor, after).toMillis());
            long periods = elapsed / period.toMillis() + 1;
            return Optional.of(anchor.plusMillis(periods * period.toMillis()));
        }
    }

    record Cron(CronExpression cron, ZoneId zone) implements ScheduleExpression {
        @Override
        public Optional<Instant> nextAfter(Instant after) {
            return cron.nextAfter(after.atZone(zone), zone).map(java.time.ZonedDateTime::toInstant);
        }
    }

    record At(Instant when) implements ScheduleExpression {
        @Override
        public Optional<Instant> nextAfter(Instant after) {
            return when.isAfter(after) ? Optional.of(when) : Optional.empty();
        }
    }
}
