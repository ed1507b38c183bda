package cloud.citizen.appointments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BookingCodesTest {
    private final BookingCodes codes = new BookingCodes(new SecureRandom());

    @Test
    void next_isEightCrockfordBase32Characters_andDoesNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = codes.next();
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{8}");
            seen.add(code);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void matches_forgivesCaseSpacesAndDashes_butNothingElse() {
        assertThat(BookingCodes.matches("7KQ2MX9P", "7kq2-mx9p")).isTrue();
        assertThat(BookingCodes.matches("7KQ2MX9P", " 7KQ2 MX9P ")).isTrue();
        assertThat(BookingCodes.matches("7KQ2MX9P", "7KQ2MX9Q")).isFalse();
        assertThat(BookingCodes.matches("7KQ2MX9P", "7KQ2MX9")).isFalse();
        assertThat(BookingCodes.matches("7KQ2MX9P", null)).isFalse();
    }
}
