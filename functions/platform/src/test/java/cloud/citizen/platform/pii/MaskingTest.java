package cloud.citizen.platform.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void phone_keepsFirstThreeAndLastFour() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void idNumber_keepsFirstThreeAndLastFour() {
        assertThat(Masking.idNumber("510104199001011234")).isEqualTo("510***********1234");
    }

    @Test
    void shortOrMissingValues_revealNothing() {
        assertThat(Masking.phone(null)).isEqualTo("****");
        assertThat(Masking.idNumber("12345")).isEqualTo("****");
    }
}
