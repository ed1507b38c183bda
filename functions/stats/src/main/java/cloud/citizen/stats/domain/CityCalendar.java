package cloud.citizen.stats.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Days are the city's days: an event at 23:30 UTC counts for the next day in Chengdu (UTC+8). */
public final class CityCalendar {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private CityCalendar() {
    }

    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
