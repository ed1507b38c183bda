package cloud.citizen.local.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cloud.citizen.local.Eventually;
import cloud.citizen.local.Json;
import cloud.citizen.local.seed.DemoAccount;

/**
 * Business metrics as CloudWatch would read them: the Embedded Metric Format lines that the packaged
 * accounts function writes to its log (captured by the local Lambda runtime like CloudWatch Logs),
 * parsed back — a refused login counted by its code, a login counted once it is committed.
 */
class MetricsEndToEndIT {

    @Test
    void loginsAndRefusals_appearAsEmbeddedMetricLinesInTheFunctionLog() {
        SharedPlatform.api().post("/v1/auth/login", Map.of("phone", DemoAccount.CITIZEN.phone(), "password", "wrong-Password-1"),
                Optional.empty());
        SharedPlatform.login(DemoAccount.CITIZEN.phone(), DemoAccount.CITIZEN.password());
        Path log = SharedPlatform.dataDirectory().resolve("logs/functions/AccountsFunction.log");

        JsonNode refusal = Eventually.within(SharedPlatform.PATIENCE, "a Refusals line for BAD_CREDENTIALS",
                () -> metricLines(log).stream().filter(line -> line.has("Refusals")
                        && "BAD_CREDENTIALS".equals(line.path("Code").asText())).findFirst().orElse(null));
        JsonNode login = Eventually.within(SharedPlatform.PATIENCE, "a Logins line",
                () -> metricLines(log).stream().filter(line -> line.has("Logins")).findFirst().orElse(null));

        assertEmbeddedMetric(refusal, "Refusals", List.of("Function", "Code"));
        assertEmbeddedMetric(login, "Logins", List.of("Function"));
        assertThat(login.path("Function").asText()).isEqualTo("AccountsFunction");
    }

    private static void assertEmbeddedMetric(JsonNode line, String metric, List<String> dimensions) {
        JsonNode directive = line.path("_aws").path("CloudWatchMetrics").get(0);
        assertThat(line.path("_aws").path("Timestamp").asLong()).isPositive();
        assertThat(directive.path("Namespace").asText()).isEqualTo("CitizenCloud");
        assertThat(Json.MAPPER.convertValue(directive.path("Dimensions").get(0), List.class)).isEqualTo(dimensions);
        assertThat(directive.path("Metrics").get(0).path("Name").asText()).isEqualTo(metric);
        assertThat(directive.path("Metrics").get(0).path("Unit").asText()).isEqualTo("Count");
        dimensions.forEach(dimension -> assertThat(line.path(dimension).asText()).isNotBlank());
        assertThat(line.path(metric).asLong()).isEqualTo(1);
    }

    /** The function's own lines are {@code [instance] <stdout line>}; EMF lines are the JSON objects with an {@code _aws} key. */
    private static List<JsonNode> metricLines(Path log) {
        try {
            if (!Files.exists(log)) {
                return List.of();
            }
            return Files.readAllLines(log).stream().map(line -> line.substring(line.indexOf(']') + 1).trim())
                    .filter(line -> line.startsWith("{\"_aws\""))
                    .map(Json::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
