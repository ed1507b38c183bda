package cloud.citizen.stats.domain;

import java.time.Instant;

/**
 * The platform at a glance: all-time totals, today so far (live from the counters) and the
 * distinct active users of this month (from the last roll-up: a month is a union of many days).
 */
public record Overview(Counts allTime, DayFigures today, long monthActiveUsers, Instant generatedAt) {
}
