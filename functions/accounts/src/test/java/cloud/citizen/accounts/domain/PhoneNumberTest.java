package cloud.citizen.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "+8613812345678", "+86 13812345678", "  13812345678 ", "19912345678"})
    void parse_whenMainlandMobile_normalisesToElevenDigits(String raw) {
        Parsed<PhoneNumber> parsed = PhoneNumber.parse(raw);

        assertThat(parsed).isInstanceOf(Parsed.Valid.class);
        String digits = ((Parsed.Valid<PhoneNumber>) parsed).value().digits();
        assertThat(digits).hasSize(11).startsWith("1").doesNotContain("+");
    }

    @Test
    void parse_withCountryPrefix_equalsParseWithout() {
        assertThat(PhoneNumber.parse("+8613812345678")).isEqualTo(PhoneNumber.parse("13812345678"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "12812345678",      // second digit below 3
        "10012345678",
        "1381234567",       // 10 digits
        "138123456789",     // 12 digits
        "23812345678",      // not starting with 1
        "8613812345678",    // country code without +
        "+85213812345678",  // another country code
        "1381234567a",
        "138 1234 5678",
        "１３８１２３４５６７８" // full-width digits
    })
    void parse_whenNotMainlandMobile_isInvalidWithReasonThatDoesNotEchoInput(String raw) {
        Parsed<PhoneNumber> parsed = PhoneNumber.parse(raw);

        assertThat(parsed).isInstanceOf(Parsed.Invalid.class);
        assertThat(((Parsed.Invalid<PhoneNumber>) parsed).reason()).doesNotContain("1234");
    }

    @Test
    void masked_keepsFirstThreeAndLastFour() {
        assertThat(new PhoneNumber("13812345678").masked()).isEqualTo("138****5678");
    }

    @Test
    void toString_isMaskedSoTheNumberCannotLeakIntoLogs() {
        PhoneNumber phone = new PhoneNumber("13812345678");

        assertThat(phone.toString()).isEqualTo("138****5678");
        assertThat("" + phone).doesNotContain("13812345678");
    }

    @Test
    void constructor_whenInvalid_throwsWithoutEchoingTheInput() {
        assertThatThrownBy(() -> new PhoneNumber("12345678901"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("12345678901");
    }
}
