package cloud.citizen.surveys.api;

import static cloud.citizen.surveys.testing.SurveysFixtures.as;
import static cloud.citizen.surveys.testing.SurveysFixtures.citizen;
import static cloud.citizen.surveys.testing.SurveysFixtures.newId;
import static cloud.citizen.surveys.testing.SurveysFixtures.summerSurvey;
import static cloud.citizen.surveys.testing.SurveysFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.surveys.SurveysComponents;
import cloud.citizen.surveys.events.ExportWorkerHandler;
import cloud.citizen.surveys.testing.ExportQueue;
import cloud.citizen.surveys.testing.SurveysFixtures;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@EmulatedAwsTest
class ResultsAndExportsTest {

    @Inject
    SurveysComponents components;

    @Test
    void results_showEveryFieldOfEachType_withZeros() {
        String surveyId = SurveysFixtures.create(summerSurvey());
        String staff = SurveysFixtures.staff(newId("u-staff"));
        as(staff).get("/v1/surveys/" + surveyId + "/results").then().statusCode(200).body("responses", equalTo(0))
                .body("questions[0].counts", equalTo(Map.of("是", 0, "否", 0)))
                .body("questions[2].distribution", equalTo(Map.of("1", 0, "2", 0, "3", 0, "4", 0, "5", 0)))
                .body("questions[2].mean", nullValue());
        respond(surveyId, Map.of("used", "是", "features", List.of("预约", "缴费"), "score", 5, "age", 30, "advice", "好"));
        respond(surveyId, Map.of("used", "是", "features", List.of("预约"), "score", 2, "age", 41.5));
        respond(surveyId, Map.of("used", "否", "score", 3));

        as(staff).get("/v1/surveys/" + surveyId + "/results").then().statusCode(200).body("responses", equalTo(3))
                .body("questions[0].type", equalTo("single")).body("questions[0].answered", equalTo(3))
                .body("questions[0].counts", equalTo(Map.of("是", 2, "否", 1)))
                .body("questions[1].counts", equalTo(Map.of("缴费", 1, "预约", 2, "投票", 0, "=公式", 0)))
                .body("questions[1].answered", equalTo(2))
                .body("questions[2].distribution", equalTo(Map.of("1", 0, "2", 1, "3", 1, "4", 0, "5", 1)))
                .body("questions[2].mean", equalTo(3.3333f))
                .body("questions[3].min", equalTo(30)).body("questions[3].max", equalTo(41.5f))
                .body("questions[3].mean", equalTo(35.75f)).body("questions[3]", not(hasKey("counts")))
                .body("questions[4].answered", equalTo(1)).body("questions[4]", not(hasKey("counts")));
    }

    @Test
    void export_isWrittenByTheWorker_andDownloadsAsUtf8CsvWithBom_neutralisedAndInDefinitionOrder() throws Exception {
        String surveyId = SurveysFixtures.create(with(summerSurvey(), "anonymous", true));
        String first = respond(surveyId, Map.of("used", "是", "features", List.of("=公式", "缴费"), "score", 5, "age", 30,
                "advice", "-1, \"引号\"\n第二行"));
        String second = respond(surveyId, Map.of("used", "否", "score", 1, "advice", "@everyone"));
        String staff = SurveysFixtures.staff(newId("u-staff"));
        String exportId = as(staff).post("/v1/surveys/" + surveyId + "/exports").then().statusCode(202)
                .extract().path("exportId");
        as(staff).get("/v1/exports/" + exportId).then().statusCode(200).body("status", equalTo("running"))
                .body("downloadUrl", nullValue());

        assertThat(ExportQueue.deliver(new ExportWorkerHandler(components), exportId).getBatchItemFailures()).isEmpty();

        String url = as(staff).get("/v1/exports/" + exportId).then().statusCode(200).body("status", equalTo("ready"))
                .extract().path("downloadUrl");
        HttpResponse<byte[]> download = ExportQueue.download(url);
        assertThat(download.statusCode()).isEqualTo(200);
        byte[] bytes = download.body();
        assertThat(new byte[] { bytes[0], bytes[1], bytes[2] }).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = ExportQueue.csvRows(bytes);
        assertThat(rows.get(0)).containsExactly("responseId", "submittedAt", "used", "features", "score", "age",
                "advice");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).containsExactly(first, rows.get(1).get(1), "是", "缴费;=公式", "5", "30",
                "'-1, \"引号\"\n第二行");
        assertThat(rows.get(2)).containsExactly(second, rows.get(2).get(1), "否", "", "1", "", "'@everyone");
        assertThat(rows.get(1).get(1)).endsWith("+08:00");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("u-resp")
                // RFC 4180 on the wire, as commons-csv wrote it: CRLF after every row, only a cell with a comma,
                // quotes or a line break quoted (its quotes doubled), ids, times and neutralised cells as they are
                .contains("\uFEFFresponseId,submittedAt,used,features,score,age,advice\r\n" + first + ",")
                .contains(",\"'-1, \"\"引号\"\"\n第二行\"\r\n" + second + ",").endsWith(",'@everyone\r\n");
    }

    @Test
    void anExportThatCannotBeWritten_saysFailed_afterItsLastAttempt() {
        String surveyId = SurveysFixtures.create(summerSurvey());
        String staff = SurveysFixtures.staff(newId("u-staff"));
        String exportId = as(staff).post("/v1/surveys/" + surveyId + "/exports").then().statusCode(202)
                .extract().path("exportId");
        ExportWorkerHandler broken = new ExportWorkerHandler(new SurveysComponents(
                new cloud.citizen.surveys.SurveysSettings(SurveysFixtures.tableName(), SurveysFixtures.tableName(),
                        "no-such-bucket", java.util.Optional.empty(), java.util.Optional.empty(),
                        java.util.Optional.empty(), java.util.Optional.empty()),
                cloud.citizen.platform.aws.AwsClients.from(cloud.citizen.platform.config.Environment
                        .of(cloud.citizen.emulator.testing.EmulatedAwsResource.environment())),
                java.time.Clock.systemUTC()));

        for (int attempt = 1; attempt < cloud.citizen.surveys.service.ExportWriting.MAX_ATTEMPTS; attempt++) {
            assertThat(broken.handleRequest(cloud.citizen.emulator.testing.LambdaEvents.sqsBody(
                    "{\"type\":\"survey-export\",\"exportId\":\"" + exportId + "\"}"), null).getBatchItemFailures())
                    .hasSize(1);
            as(staff).get("/v1/exports/" + exportId).then().body("status", equalTo("running"));
        }
        assertThat(broken.handleRequest(cloud.citizen.emulator.testing.LambdaEvents.sqsBody(
                "{\"type\":\"survey-export\",\"exportId\":\"" + exportId + "\"}"), null).getBatchItemFailures()).isEmpty();
        as(staff).get("/v1/exports/" + exportId).then().statusCode(200).body("status", equalTo("failed"))
                .body("downloadUrl", nullValue());
    }

    private static String respond(String surveyId, Map<String, Object> answers) {
        return as(citizen(newId("u-resp"))).body(Map.of("answers", answers))
                .post("/v1/surveys/" + surveyId + "/responses").then().statusCode(201).extract().path("responseId");
    }
}
