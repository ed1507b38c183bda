package cloud.citizen.accounts.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The city's calendar. "Today" (daily SMS limits, birth dates not in the future) means today in
 * Chengdu, whatever zone the Lambda host runs in (UTC on AWS).
 */
public final class CityZone {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private CityZone() {
    }

    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    public static Instant startOfNextDay(Instant instant) {
        return dayOf(instant).plusDays(1).atStartOfDay(ZONE).toInstant();
    }
}
