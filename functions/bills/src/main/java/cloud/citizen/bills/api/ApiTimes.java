package cloud.citizen.bills.api;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** docs/api.md: times are ISO-8601 with the city's offset, e.g. 2026-11-28T09:00:00+08:00. */
final class ApiTimes {
    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    private ApiTimes() {
    }

    static String format(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(CITY)
                .withNano(0).toOffsetDateTime());
    }
}
