package cloud.citizen.local.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchSettingsTest {

    @Test
    void parse_defaultsToATenSecondWarmUpBeforeFifteenMeasuredSeconds() {
        BenchSettings settings = BenchSettings.parse(new String[0]);

        assertThat(settings.warmUpSeconds()).isEqualTo(10);
        assertThat(settings.seconds()).isEqualTo(15);
        assertThat(settings.describe()).contains("20 req/s for 15 s after a 10 s warm-up");
    }

    @Test
    void parse_readsTheWarmUpAndKeepsTheOtherOptions() {
        BenchSettings settings = BenchSettings.parse(new String[] {"--seconds", "8", "--warm-up", "3", "--rate", "40",
            "--functions", "HelloFunction", "--no-gateway"});

        assertThat(settings.warmUpSeconds()).isEqualTo(3);
        assertThat(settings.seconds()).isEqualTo(8);
        assertThat(settings.rate()).isEqualTo(40);
        assertThat(settings.functions()).containsExactly("HelloFunction");
        assertThat(settings.gateway()).isFalse();
    }

    @Test
    void parse_refusesAWarmUpWithoutItsValue() {
        assertThatThrownBy(() -> BenchSettings.parse(new String[] {"--warm-up"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--warm-up needs a value");
    }
}
