package cloud.citizen.bills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cloud.citizen.platform.config.Environment;

/** Settings are read at init, secrets only when a part needs them (each is a Secrets Manager round trip). */
class BillsSettingsTest {

    @Test
    void readingSettings_fetchesNoSecret() {
        List<String> looked = new ArrayList<>();
        Environment env = recording(Map.of("BILLS_TABLE", "bills", "CURSOR_KEY_SECRET", "cursor-id",
                "SANDBOX_CALLBACK_SECRET", "sandbox-id"), looked);

        BillsSettings settings = BillsSettings.from(env);

        assertThat(settings.table()).contains("bills");
        assertThat(looked).noneMatch(name -> name.endsWith("_SECRET"));
    }

    @Test
    void aSecretThisFunctionIsNotGiven_isEmptyWhenAskedFor() {
        BillsSettings settings = BillsSettings.from(recording(Map.of("BILLS_TABLE", "bills"), new ArrayList<>()));

        assertThat(settings.cursorKey()).isEmpty();
        assertThat(settings.sandboxCallbackSecret()).isEmpty();
    }

    private static Environment recording(Map<String, String> variables, List<String> looked) {
        return name -> {
            looked.add(name);
            return Optional.ofNullable(variables.get(name));
        };
    }
}
