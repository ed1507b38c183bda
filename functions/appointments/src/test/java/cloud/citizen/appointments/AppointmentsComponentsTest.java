package cloud.citizen.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;

/**
 * What an instance's first request (a public list) does not need is not built for it: the cursor
 * key (a Secrets Manager round trip) and the SQS client. The recording environment sees each: a
 * secret is looked up as {@code <NAME>_SECRET}, a client's endpoint as {@code CITIZEN_AWS_<SERVICE>_ENDPOINT}.
 * Nothing here talks to a network.
 */
class AppointmentsComponentsTest {
    private static final Map<String, String> HTTP_FUNCTION = Map.of("APPOINTMENTS_TABLE", "appointments",
            "CURSOR_KEY_SECRET", "cursor-id", "CITIZEN_AWS_DYNAMODB_ENDPOINT", "http://127.0.0.1:9",
            "CITIZEN_AWS_SQS_ENDPOINT", "http://127.0.0.1:9");

    @Test
    void thePublicReads_needNeitherTheCursorKeyNorSqs() {
        List<String> looked = new ArrayList<>();
        Environment env = recording(HTTP_FUNCTION, looked);

        AppointmentsComponents components = components(env);
        components.providers();
        components.slotPlanning();

        assertThat(looked).contains("CITIZEN_AWS_DYNAMODB_ENDPOINT")
                .doesNotContain("CURSOR_KEY_SECRET", "CITIZEN_AWS_SQS_ENDPOINT");
    }

    @Test
    void bookingParts_areBuiltOnFirstUse_withTheirSqsClient() {
        List<String> looked = new ArrayList<>();
        Map<String, String> worker = new HashMap<>(HTTP_FUNCTION);
        worker.remove("CURSOR_KEY_SECRET"); // a worker's components: any key will do, nothing to fetch
        AppointmentsComponents components = components(recording(worker, looked));

        assertThat(components.booking()).isSameAs(components.booking());
        assertThat(components.ledger()).isSameAs(components.ledger());
        assertThat(looked).contains("CITIZEN_AWS_SQS_ENDPOINT");
    }

    private static AppointmentsComponents components(Environment env) {
        return new AppointmentsComponents(AppointmentsSettings.from(env), AwsClients.from(env), Clock.systemUTC());
    }

    private static Environment recording(Map<String, String> variables, List<String> looked) {
        return name -> {
            looked.add(name);
            return Optional.ofNullable(variables.get(name));
        };
    }
}
