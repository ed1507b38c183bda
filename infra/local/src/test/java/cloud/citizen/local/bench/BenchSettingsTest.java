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

    @Test
    void parse_memoryListCpuShareAndProbe() {
        BenchSettings settings = BenchSettings.parse(new String[] {"--memory", "512,256", "--cpu-share", "lambda",
                "--probe", "AccountsFunction=POST /v1/auth/login {\"phone\":\"1\"}", "--functions", "AccountsFunction"});

        assertThat(settings.memorySizes()).containsExactly(512, 256);
        assertThat(settings.lambdaCpuShare()).isTrue();
        assertThat(settings.probes()).containsEntry("AccountsFunction", "POST /v1/auth/login {\"phone\":\"1\"}");
        assertThat(settings.describe()).contains("MemorySize [512, 256] MB", "Lambda's share");
    }

    @Test
    void parse_defaults_keepTheTemplatesMemoryAndTheHostsCpu() {
        BenchSettings settings = BenchSettings.parse(new String[0]);

        assertThat(settings.memorySizes()).isEmpty();
        assertThat(settings.lambdaCpuShare()).isFalse();
        assertThat(settings.describe()).contains("the host's, whole");
    }

    @Test
    void parse_refusesAnUnknownCpuShareAndAProbeWithoutFunction() {
        assertThatThrownBy(() -> BenchSettings.parse(new String[] {"--cpu-share", "half"}))
                .hasMessageContaining("lambda or host");
        assertThatThrownBy(() -> BenchSettings.parse(new String[] {"--probe", "GET /v1/me"}))
                .hasMessageContaining("--probe needs");
    }
}
