package cloud.citizen.local.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import cloud.citizen.emulator.testing.LocalStackAvailability;
import cloud.citizen.local.Eventually;
import cloud.citizen.local.seed.DemoAccount;
import cloud.citizen.local.seed.LocalApiClient;

/**
 * Surveys through the local gateway as the app and the staff console use them: the seeded
 * "夏日回音" is listed; staff create a survey, a citizen answers it, staff read live results and
 * export it; the export worker (SQS event source) writes the CSV and the presigned link downloads it.
 */
@ExtendWith(LocalStackAvailability.class)
class SurveysEndToEndIT {
    static LocalApiClient api;

    @BeforeAll
    static void startPlatform() {
        SharedPlatform.platform();
        api = SharedPlatform.api();
    }

    @Test
    void staffCreateASurvey_aCitizenAnswers_resultsCountIt_andTheExportDownloadsAsCsv() throws Exception {
        Optional<String> staff = Optional.of(SharedPlatform.accessToken(DemoAccount.STAFF));
        Optional<String> citizen = Optional.of(SharedPlatform.accessToken(DemoAccount.CITIZEN));
        assertThat(api.get("/v1/surveys", citizen).body().path("items").findValuesAsText("title"))
                .contains("夏日回音");

        OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Asia/Shanghai"));
        LocalApiClient.Response created = api.post("/v1/surveys", Map.of("title", "端到端问卷", "opensAt",
                now.minusMinutes(1).toString(), "closesAt", now.plusDays(1).toString(), "questions", List.of(
                        Map.of("questionId", "like", "type", "single", "title", "喜欢吗", "required", true,
                                "options", List.of("喜欢", "不喜欢")),
                        Map.of("questionId", "say", "type", "text", "title", "说点什么", "required", false))), staff);
        assertThat(created.status()).as("create " + created.body()).isEqualTo(201);
        String surveyId = created.text("surveyId");

        LocalApiClient.Response answered = api.post("/v1/surveys/" + surveyId + "/responses",
                Map.of("answers", Map.of("like", "喜欢", "say", "=很好")), citizen);
        assertThat(answered.status()).as("respond " + answered.body()).isEqualTo(201);
        assertThat(api.post("/v1/surveys/" + surveyId + "/responses", Map.of("answers", Map.of("like", "喜欢")), citizen)
                .text("code")).isEqualTo("ALREADY_RESPONDED");
        JsonNode results = api.get("/v1/surveys/" + surveyId + "/results", staff).body();
        assertThat(results.path("responses").asInt()).isEqualTo(1);
        assertThat(results.path("questions").get(0).path("counts").path("喜欢").asInt()).isEqualTo(1);

        LocalApiClient.Response export = api.post("/v1/surveys/" + surveyId + "/exports", Map.of(), staff);
        assertThat(export.status()).as("export " + export.body()).isEqualTo(202);
        String downloadUrl = Eventually.within(SharedPlatform.PATIENCE, "the export to be ready", () -> {
            JsonNode status = api.get("/v1/exports/" + export.text("exportId"), staff).body();
            assertThat(status.path("status").asText()).isNotEqualTo("failed");
            return "ready".equals(status.path("status").asText()) ? status.path("downloadUrl").asText() : null;
        });
        HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(downloadUrl))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFresponseId,submittedAt,like,say\r\n")
                .contains(answered.text("responseId") + ",").contains(",喜欢,'=很好");
    }
}
