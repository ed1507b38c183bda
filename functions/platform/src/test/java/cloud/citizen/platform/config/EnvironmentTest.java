package cloud.citizen.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class EnvironmentTest {

    @Test
    void required_namesTheMissingVariable() {
        Environment environment = Environment.of(Map.of("BLANK", " "));

        assertThatThrownBy(() -> environment.required("BLANK")).hasMessageContaining("BLANK");
        assertThatThrownBy(() -> environment.required("ABSENT")).hasMessageContaining("ABSENT");
    }

    @Test
    void optional_treatsBlankAsAbsent() {
        Environment environment = Environment.of(Map.of("SET", "x", "BLANK", ""));

        assertThat(environment.optional("SET")).contains("x");
        assertThat(environment.optional("BLANK")).isEmpty();
    }
}
