package cloud.citizen.local.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cloud.citizen.local.Eventually;
import cloud.citizen.local.Platform;
import cloud.citizen.local.lambda.InvocationResult;
import cloud.citizen.local.seed.DemoAccount;
import cloud.citizen.local.seed.LocalApiClient;
import cloud.citizen.platform.usage.ServiceUse;
import cloud.citizen.platform.usage.UsageKind;

/**
 * Stats through the local platform: usage events on StatsQueue reach the consumer function (SQS
 * event source), the public overview moves, one roll-up (invoked as its schedule would) fills the
 * day rows that staff read. Until the capabilities publish their own usage events, this test
 * sends them as their outboxes would.
 */
class StatsEndToEndIT {

    @Test
    void usageEvents_moveTheOverview_andTheRollupFillsTheDailyRows() {
        Platform platform = SharedPlatform.platform();
        LocalApiClient api = SharedPlatform.api();
        JsonNode before = overview(api);
        Instant now = Instant.now();
        ServiceUse payment = ServiceUse.of(UsageKind.PAYMENT, "u-e2e-stats", Optional.of("bills.water"), 12850, now);
        String statsQueue = platform.stack().resources().queueUrl("StatsQueue");
        for (ServiceUse use : List.of(payment, payment,
                ServiceUse.of(UsageKind.REGISTRATION, "u-e2e-stats", Optional.empty(), 0, now),
                ServiceUse.of(UsageKind.APPOINTMENT, "u-e2e-stats", Optional.of("appointments.vaccine"), 0, now))) {
            platform.stack().aws().sqs().sendMessage(s -> s.queueUrl(statsQueue).messageBody(use.toJson()));
        }

        JsonNode after = Eventually.within(SharedPlatform.PATIENCE, "the overview counts the new payment", () -> {
            JsonNode current = overview(api);
            return current.path("serviceUses").path("payments").asLong()
                    > before.path("serviceUses").path("payments").asLong() ? current : null;
        });
        assertThat(after.path("registeredUsers").asLong()).isGreaterThan(before.path("registeredUsers").asLong());
        assertThat(after.path("serviceUses").path("appointments").asLong())
                .isGreaterThan(before.path("serviceUses").path("appointments").asLong());

        InvocationResult rollup = platform.lambda().invoke("StatsRollupFunction", scheduledEvent(now));
        assertThat(rollup).as("roll-up " + rollup).isInstanceOf(InvocationResult.Success.class);

        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Asia/Shanghai"));
        String admin = SharedPlatform.accessToken(DemoAccount.ADMIN);
        LocalApiClient.Response year = api.get("/v1/stats/daily?from=" + today.minusDays(365) + "&to=" + today,
                Optional.of(admin));
        assertThat(year.status()).as(year.body().toString()).isEqualTo(200);
        JsonNode items = year.body().path("items");
        assertThat(items.size()).isEqualTo(366);
        JsonNode todayRow = items.get(365);
        assertThat(todayRow.path("date").asText()).isEqualTo(today.toString());
        assertThat(todayRow.path("payments").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(todayRow.path("amountPaidFen").asLong()).isGreaterThanOrEqualTo(12850);
        assertThat(todayRow.path("activeUsers").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(api.get("/v1/stats/daily?from=" + today + "&to=" + today,
                Optional.of(SharedPlatform.accessToken(DemoAccount.CITIZEN))).status()).isEqualTo(403);
    }

    private static JsonNode overview(LocalApiClient api) {
        LocalApiClient.Response response = api.get("/v1/stats/overview", Optional.empty());
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private static byte[] scheduledEvent(Instant at) {
        return ("{\"version\":\"0\",\"id\":\"e2e-rollup\",\"detail-type\":\"Scheduled Event\",\"source\":\"aws.events\","
                + "\"time\":\"" + at + "\",\"detail\":{}}").getBytes(StandardCharsets.UTF_8);
    }
}
