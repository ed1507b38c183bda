package cloud.citizen.local.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import cloud.citizen.emulator.testing.LocalStackAvailability;
import cloud.citizen.local.Eventually;
import cloud.citizen.local.Platform;
import cloud.citizen.local.seed.DemoAccount;
import cloud.citizen.local.seed.LocalApiClient;

/** The catalog through the local gateway, as the app uses it: seeded, searchable without a token. */
@ExtendWith(LocalStackAvailability.class)
class CatalogEndToEndIT {

    @Test
    void searchingGjj_withoutAToken_findsTheHousingFundServices() {
        LocalApiClient.Response found = SharedPlatform.api().get("/v1/services?q=gjj&limit=100", Optional.empty());

        assertThat(found.status()).as(found.body().toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        found.body().path("items").forEach(item -> names.add(item.path("name").asText()));
        assertThat(names).contains("住房公积金提取", "公积金贷款申请").anyMatch(name -> name.startsWith("公积金"));
        List<String> chinese = new ArrayList<>();
        SharedPlatform.api().get("/v1/services?q=%E5%85%AC%E7%A7%AF%E9%87%91&limit=100", Optional.empty()).body()
                .path("items").forEach(item -> chinese.add(item.path("name").asText()));
        assertThat(chinese).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void theSeededCatalog_hasTheCitysDepartmentsDistrictsAndThePlatformsOwnServices() {
        assertThat(SharedPlatform.api().get("/v1/departments", Optional.empty()).body().path("items").size()).isEqualTo(61);
        assertThat(SharedPlatform.api().get("/v1/districts", Optional.empty()).body().path("items").size()).isEqualTo(22);
        LocalApiClient.Response water = SharedPlatform.api().get("/v1/services/bills.water", Optional.empty());
        assertThat(water.status()).isEqualTo(200);
        assertThat(water.text("name")).isEqualTo("水费缴纳");
    }

    @Test
    void aSubmission_approvedByTheAdmin_isListed() {
        String citizen = SharedPlatform.accessToken(DemoAccount.CITIZEN);
        LocalApiClient.Response submitted = SharedPlatform.api().post("/v1/service-submissions", Map.of("name",
                "社区共享工具箱借用", "category", "community", "description", "邻里共享电钻、梯子等工具",
                "organisation", "玉林社区志愿者协会", "contact", "yulin@example.org"), Optional.of(citizen));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(201);

        LocalApiClient.Response decided = SharedPlatform.api().post("/v1/service-submissions/"
                + submitted.text("submissionId") + "/decision", Map.of("approve", true, "districtId", "wuhou"),
                Optional.of(SharedPlatform.accessToken(DemoAccount.ADMIN)));

        assertThat(decided.status()).as(decided.body().toString()).isEqualTo(200);
        assertThat(SharedPlatform.api().get("/v1/services/" + decided.text("serviceId"), Optional.empty()).status())
                .isEqualTo(200);
    }

    @Test
    void aUsageCountFromStats_reachesTheService() {
        Platform platform = SharedPlatform.platform();
        long count = 100_000 + (System.nanoTime() % 1000);
        String queue = platform.stack().resources().queueUrl("CatalogUsageQueue");
        platform.stack().aws().sqs().sendMessage(send -> send.queueUrl(queue).messageBody("{\"type\":\"service-usage\","
                + "\"eventId\":\"" + UUID.randomUUID() + "\",\"serviceId\":\"bills.gas\",\"usageCount\":" + count
                + ",\"asOf\":\"" + Instant.now() + "\"}"));

        // the instance's copy of the catalog is refreshed within 30 s
        JsonNode gas = Eventually.within(SharedPlatform.PATIENCE, "the usage count on bills.gas", () -> {
            JsonNode body = SharedPlatform.api().get("/v1/services/bills.gas", Optional.empty()).body();
            return body.path("usageCount").asLong() == count ? body : null;
        });
        assertThat(gas.path("name").asText()).isEqualTo("燃气费缴纳");
    }
}
