package cloud.citizen.local.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import cloud.citizen.emulator.testing.LocalStackAvailability;
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
 * day rows that staff read; and a citizen's real booking and sandbox payment, published by the
 * appointments and bills functions themselves, move the overview and today's row.
 */
@ExtendWith(LocalStackAvailability.class)
class StatsEndToEndIT {
    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

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

        LocalDate today = LocalDate.ofInstant(now, CITY);
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

    @Test
    void aCitizenBooksAndPays_andTheNumbersMove_withinOneRollup() {
        Platform platform = SharedPlatform.platform();
        LocalApiClient api = SharedPlatform.api();
        String citizen = SharedPlatform.accessToken(DemoAccount.CITIZEN);
        JsonNode before = overview(api);
        LocalDate today = LocalDate.ofInstant(Instant.now(), CITY);

        // a hospital department and a day no other end-to-end test books (one booking per person a day)
        String providerId = "jinjiang-people-internal";
        JsonNode slots = api.get("/v1/appointment-providers/" + providerId + "/slots?limit=100&date="
                + today.plusDays(5), Optional.empty()).body().path("items");
        String slotId = null;
        for (JsonNode slot : slots) {
            if (slot.path("remaining").asInt() > 0) {
                slotId = slot.path("slotId").asText();
                break;
            }
        }
        assertThat(slotId).as("a free slot of " + providerId + ": " + slots).isNotNull();
        LocalApiClient.Response booked = api.post("/v1/appointments", Map.of("slotId", slotId), Optional.of(citizen));
        assertThat(booked.status()).as("booking " + booked.body()).isEqualTo(201);

        String billId = lastPayableBill(api, citizen);
        LocalApiClient.Response paying = api.post("/v1/bills/" + billId + "/payments", Map.of("method", "sandbox"),
                Optional.of(citizen), Map.of("Idempotency-Key", "stats-e2e-" + billId));
        assertThat(paying.status()).as("payment " + paying.body()).isEqualTo(201);

        JsonNode after = Eventually.within(SharedPlatform.PATIENCE, "the overview counts the booking and the payment",
                () -> {
                    JsonNode current = overview(api);
                    return grew(before, current, "appointments") && grew(before, current, "payments") ? current : null;
                });
        assertThat(after.path("today").path("serviceUses").asLong())
                .isGreaterThanOrEqualTo(before.path("today").path("serviceUses").asLong() + 2);

        InvocationResult rollup = platform.lambda().invoke("StatsRollupFunction", scheduledEvent(Instant.now()));
        assertThat(rollup).as("roll-up " + rollup).isInstanceOf(InvocationResult.Success.class);
        JsonNode todayRow = api.get("/v1/stats/daily?from=" + today + "&to=" + today,
                Optional.of(SharedPlatform.accessToken(DemoAccount.ADMIN))).body().path("items").path(0);
        assertThat(todayRow.path("appointments").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(todayRow.path("payments").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(todayRow.path("amountPaidFen").asLong()).isGreaterThanOrEqualTo(paying.body().path("amountFen").asLong());
    }

    private static boolean grew(JsonNode before, JsonNode now, String kind) {
        return now.path("serviceUses").path(kind).asLong() > before.path("serviceUses").path(kind).asLong();
    }

    /**
     * The last unpaid water bill the sandbox pays: the demo citizen has two, and the platform's
     * own end-to-end test needs one unpaid bill of every kind and pays the first it finds.
     */
    private static String lastPayableBill(LocalApiClient api, String citizen) {
        List<String> water = new java.util.ArrayList<>();
        for (JsonNode bill : api.get("/v1/bills?status=unpaid&limit=100", Optional.of(citizen)).body().path("items")) {
            if (!bill.path("accountNumber").asText().startsWith("DECLINE") && bill.path("kind").asText().equals("water")) {
                water.add(bill.path("billId").asText());
            }
        }
        assertThat(water).as("unpaid demo water bills").isNotEmpty();
        return water.get(water.size() - 1);
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
