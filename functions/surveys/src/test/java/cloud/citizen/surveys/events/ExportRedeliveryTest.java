package cloud.citizen.surveys.events;

import static cloud.citizen.surveys.testing.SurveysFixtures.as;
import static cloud.citizen.surveys.testing.SurveysFixtures.citizen;
import static cloud.citizen.surveys.testing.SurveysFixtures.newId;
import static cloud.citizen.surveys.testing.SurveysFixtures.summerSurvey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.emulator.testing.LambdaEvents;
import cloud.citizen.surveys.SurveysComponents;
import cloud.citizen.surveys.testing.ExportQueue;
import cloud.citizen.surveys.testing.SurveysFixtures;
import io.quarkus.test.junit.QuarkusTest;

/** SQS delivers at least once: an export request that arrives again after it was written changes nothing. */
@QuarkusTest
@EmulatedAwsTest
class ExportRedeliveryTest {
    @Inject
    SurveysComponents components;

    @Test
    void theSameExportRequestDeliveredTwice_leavesOneReadyExport_withTheSameRows() throws Exception {
        String surveyId = SurveysFixtures.create(summerSurvey());
        as(citizen(newId("u-resp"))).body(Map.of("answers", Map.of("used", "否", "score", 4)))
                .post("/v1/surveys/" + surveyId + "/responses").then().statusCode(201);
        String staff = SurveysFixtures.staff(newId("u-staff"));
        String exportId = as(staff).post("/v1/surveys/" + surveyId + "/exports").then().statusCode(202)
                .extract().path("exportId");
        ExportWorkerHandler worker = new ExportWorkerHandler(components);
        assertThat(ExportQueue.deliver(worker, exportId).getBatchItemFailures()).isEmpty();
        byte[] first = ExportQueue.download(downloadUrl(staff, exportId)).body();

        assertThat(worker.handleRequest(LambdaEvents.sqsBody(
                "{\"type\":\"survey-export\",\"exportId\":\"" + exportId + "\"}"), null).getBatchItemFailures()).isEmpty();

        byte[] again = ExportQueue.download(downloadUrl(staff, exportId)).body();
        assertThat(ExportQueue.lines(again)).isEqualTo(ExportQueue.lines(first)).hasSize(2);
    }

    private static String downloadUrl(String staff, String exportId) {
        return as(staff).get("/v1/exports/" + exportId).then().statusCode(200).body("status", equalTo("ready"))
                .extract().path("downloadUrl");
    }
}
