package cloud.citizen.accounts.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Fixed clocks for tests. Hosts run in UTC on AWS, so the clocks do too. */
final class TestClocks {

    /** 2026-11-28 09:00 in Chengdu. */
    static final Instant NOW = Instant.parse("2026-11-28T01:00:00Z");
    static final LocalDate CITY_TODAY = LocalDate.of(2026, 11, 28);
    static final Clock FIXED = Clock.fixed(NOW, ZoneOffset.UTC);

    private TestClocks() {
    }

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
