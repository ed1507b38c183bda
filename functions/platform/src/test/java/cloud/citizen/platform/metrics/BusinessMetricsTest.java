package cloud.citizen.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.platform.usage.UsageKind;

class BusinessMetricsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final BusinessMetrics metrics = new BusinessMetrics(new PrintStream(out, true, StandardCharsets.UTF_8),
            Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC), "AppointmentsFunction");

    @Test
    void emit_writesOneEmbeddedMetricFormatLine_withNamespaceDimensionsAndValues() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("ImportRows", 120L);
        counts.put("ImportRowsRejected", 3L);
        metrics.emit(counts, Map.of("Code", "SLOT_FULL"));

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(lines[0]);
        JsonNode directive = line.path("_aws").path("CloudWatchMetrics").get(0);
        assertThat(line.path("_aws").path("Timestamp").asLong()).isEqualTo(Instant.parse("2026-11-30T08:00:00Z").toEpochMilli());
        assertThat(directive.path("Namespace").asText()).isEqualTo("CitizenCloud");
        assertThat(directive.path("Dimensions").get(0).toString()).isEqualTo("[\"Function\",\"Code\"]");
        assertThat(directive.path("Metrics").findValuesAsText("Name")).containsExactly("ImportRows", "ImportRowsRejected");
        assertThat(directive.path("Metrics").findValuesAsText("Unit")).containsOnly("Count");
        assertThat(line.path("Function").asText()).isEqualTo("AppointmentsFunction");
        assertThat(line.path("Code").asText()).isEqualTo("SLOT_FULL");
        assertThat(line.path("ImportRows").asLong()).isEqualTo(120);
        assertThat(line.path("ImportRowsRejected").asLong()).isEqualTo(3);
    }

    @Test
    void everyUsageKind_hasItsOwnMetric() {
        assertThat(java.util.Arrays.stream(UsageKind.values()).map(BusinessMetrics::metricOf).distinct())
                .hasSize(UsageKind.values().length).contains("Logins", "Registrations", "PaymentsSucceeded", "Bookings",
                        "Ballots", "Posts", "SurveyResponses");
    }
}
