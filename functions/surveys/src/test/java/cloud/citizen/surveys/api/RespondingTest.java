package cloud.citizen.surveys.api;

import static cloud.citizen.surveys.testing.SurveysFixtures.as;
import static cloud.citizen.surveys.testing.SurveysFixtures.assertNothingWritten;
import static cloud.citizen.surveys.testing.SurveysFixtures.citizen;
import static cloud.citizen.surveys.testing.SurveysFixtures.countWithPrefix;
import static cloud.citizen.surveys.testing.SurveysFixtures.create;
import static cloud.citizen.surveys.testing.SurveysFixtures.newId;
import static cloud.citizen.surveys.testing.SurveysFixtures.summerSurvey;
import static cloud.citizen.surveys.testing.SurveysFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.surveys.domain.RespondentGuard;
import cloud.citizen.surveys.testing.SurveyScenarios;
import cloud.citizen.surveys.testing.SurveyScenarios.Scenario;
import cloud.citizen.surveys.testing.SurveysFixtures;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@EmulatedAwsTest
class RespondingTest {
    private static final Map<String, Object> GOOD = Map.of("answers", Map.of("used", "是", "features",
            List.of("投票", "缴费"), "score", 4, "age", 33.5, "advice", "=HYPERLINK(\"x\")"));

    @Test
    void respond_withValidAnswers_returns201_storesTheResponse_andAnnouncesAUsage() throws Exception {
        String surveyId = create(summerSurvey());
        String userId = newId("u");

        String responseId = as(citizen(userId)).body(GOOD).post("/v1/surveys/" + surveyId + "/responses").then()
                .statusCode(201).body("responseId", startsWith("r-")).extract().path("responseId");

        Map<String, AttributeValue> stored = SurveysFixtures.partition(surveyId).stream()
                .filter(item -> item.get("sk").s().equals("RESPONSE#" + responseId)).findFirst().orElseThrow();
        assertThat(stored.get("userId").s()).isEqualTo(userId);
        assertThat(stored.get("answers").s()).contains("\"features\":[\"缴费\",\"投票\"]");
        assertThat(usagesFor(userId)).singleElement().satisfies(usage -> {
            assertThat(usage.path("kind").asText()).isEqualTo("surveyResponse");
            assertThat(usage.path("serviceId").asText()).isEqualTo("surveys.response");
        });
    }

    @Test
    void respondingTwice_returns409AlreadyResponded_andCountsOnce() {
        String surveyId = create(summerSurvey());
        String token = citizen(newId("u"));
        as(token).body(GOOD).post("/v1/surveys/" + surveyId + "/responses").then().statusCode(201);

        as(token).body(GOOD).post("/v1/surveys/" + surveyId + "/responses").then().statusCode(409)
                .body("code", equalTo("ALREADY_RESPONDED"));
        assertThat(countWithPrefix(surveyId, "RESPONSE#")).isOne();
    }

    @Test
    void anonymousSurvey_storesNoUserIdAnywhere_andStillAllowsOneResponsePerPerson() throws Exception {
        String surveyId = create(with(summerSurvey(), "anonymous", true));
        String userId = newId("u-anon");
        String token = citizen(userId);

        as(token).body(GOOD).post("/v1/surveys/" + surveyId + "/responses").then().statusCode(201);
        as(token).body(GOOD).post("/v1/surveys/" + surveyId + "/responses").then().statusCode(409)
                .body("code", equalTo("ALREADY_RESPONDED"));

        assertThat(SurveysFixtures.partition(surveyId)).isNotEmpty().allSatisfy(item -> {
            assertThat(item).doesNotContainKey("userId");
            assertThat(item.toString()).doesNotContain(userId);
        });
        String marker = new RespondentGuard(EmulatedAwsResource.secret("RESPONDENT_KEY"))
                .markerOf(surveyId, userId);
        List<JsonNode> usages = usagesFor(marker);
        assertThat(usages).singleElement().satisfies(usage -> assertThat(usage.toString()).doesNotContain(userId));
    }

    @Test
    void outsideItsWindow_returns409SurveyNotOpen() {
        OffsetDateTime now = OffsetDateTime.now();
        String future = create(with(with(summerSurvey(), "opensAt", now.plusDays(1).toString()), "closesAt",
                now.plusDays(2).toString()));

        as(citizen(newId("u"))).body(GOOD).post("/v1/surveys/" + future + "/responses").then().statusCode(409)
                .body("code", equalTo("SURVEY_NOT_OPEN"));
        assertNothingWritten(future);
    }

    @Test
    void realNameSurvey_refusesUnverifiedCitizens_with403() {
        String surveyId = create(with(summerSurvey(), "requireRealName", true));

        as(SurveysFixtures.tokens().citizen(newId("u"), false)).body(GOOD).post("/v1/surveys/" + surveyId + "/responses")
                .then().statusCode(403).body("code", equalTo("REAL_NAME_REQUIRED"));
        assertNothingWritten(surveyId);
        as(citizen(newId("u"))).body(GOOD).post("/v1/surveys/" + surveyId + "/responses").then().statusCode(201);
    }

    @Test
    void unknownSurvey_returns404() {
        as(citizen(newId("u"))).body(GOOD).post("/v1/surveys/s-nope/responses").then().statusCode(404)
                .body("code", equalTo("SURVEY_NOT_FOUND"));
    }

    @Test
    void malformedBodies_return400_andWriteNothing() {
        String surveyId = create(summerSurvey());
        String path = "/v1/surveys/" + surveyId + "/responses";
        as(citizen(newId("u"))).body("{}").post(path).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        as(citizen(newId("u"))).body("{\"answers\": [1]}").post(path).then().statusCode(400);
        as(citizen(newId("u"))).body("{\"answers\": ").post(path).then().statusCode(400);
        assertNothingWritten(surveyId);
    }

    @Test
    void wrongAnswers_return422_withOneEntryPerBadQuestion_andWriteNothing() {
        String surveyId = create(summerSurvey());
        Map<String, Object> bad = Map.of("answers", Map.of("used", "否", "features", List.of("缴费"), "score", 9,
                "age", "thirty", "ghost", true));

        as(citizen(newId("u"))).body(bad).post("/v1/surveys/" + surveyId + "/responses").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("INVALID_ANSWERS"))
                .body("errors.field", containsInAnyOrder("features", "score", "age", "ghost"));
        assertNothingWritten(surveyId);
    }

    /** The domain properties again, end to end: generated answer sets through HTTP. */
    @Test
    void generatedAnswerSets_validOnesAreStored_invalidOnesNameEachBadQuestion_andWriteNothing() {
        for (Scenario scenario : SurveyScenarios.invalidAnswers().sampleStream().limit(20).toList()) {
            String surveyId = create(SurveysFixtures.bodyOf(scenario.survey()));
            List<String> fields = as(citizen(newId("u"))).body(SurveysFixtures.answersOf(scenario.answers()))
                    .post("/v1/surveys/" + surveyId + "/responses").then().statusCode(422)
                    .body("code", equalTo("INVALID_ANSWERS")).extract().path("errors.field");
            assertThat(fields).containsExactlyInAnyOrderElementsOf(scenario.badQuestions());
            assertNothingWritten(surveyId);
        }
        for (Scenario scenario : SurveyScenarios.validAnswers().sampleStream().limit(10).toList()) {
            String surveyId = create(SurveysFixtures.bodyOf(scenario.survey()));
            as(citizen(newId("u"))).body(SurveysFixtures.answersOf(scenario.answers()))
                    .post("/v1/surveys/" + surveyId + "/responses").then().statusCode(201);
            assertThat(countWithPrefix(surveyId, "RESPONSE#")).isOne();
        }
    }

    /** Usage events on StatsQueue for this user id; reads (and removes) what is there, waiting a little for it. */
    private static List<JsonNode> usagesFor(String userId) throws Exception {
        String queue = EmulatedAwsResource.resources().queueUrl("StatsQueue");
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> found = new java.util.ArrayList<>();
        int emptyRounds = 0;
        while (emptyRounds < 2) {
            List<Message> messages = EmulatedAwsResource.aws().sqs().receiveMessage(r -> r.queueUrl(queue)
                    .maxNumberOfMessages(10).waitTimeSeconds(found.isEmpty() ? 1 : 0)).messages();
            emptyRounds = messages.isEmpty() ? emptyRounds + 1 : 0;
            for (Message message : messages) {
                JsonNode body = json.readTree(message.body());
                if (userId.equals(body.path("userId").asText())) {
                    found.add(body);
                }
                // nothing else in this module reads the stats queue
                EmulatedAwsResource.aws().sqs().deleteMessage(d -> d.queueUrl(queue).receiptHandle(message.receiptHandle()));
            }
        }
        return found;
    }
}
