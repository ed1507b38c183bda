package cloud.citizen.appointments.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The city's clock: dates and times of day in the API are Asia/Shanghai (UTC+8, no daylight saving). */
public final class CityTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private CityTime() {
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
