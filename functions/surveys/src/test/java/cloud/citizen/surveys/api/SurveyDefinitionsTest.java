package cloud.citizen.surveys.api;

import static cloud.citizen.surveys.testing.SurveysFixtures.as;
import static cloud.citizen.surveys.testing.SurveysFixtures.citizen;
import static cloud.citizen.surveys.testing.SurveysFixtures.newId;
import static cloud.citizen.surveys.testing.SurveysFixtures.question;
import static cloud.citizen.surveys.testing.SurveysFixtures.staff;
import static cloud.citizen.surveys.testing.SurveysFixtures.summerSurvey;
import static cloud.citizen.surveys.testing.SurveysFixtures.survey;
import static cloud.citizen.surveys.testing.SurveysFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.surveys.testing.SurveysFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@EmulatedAwsTest
class SurveyDefinitionsTest {

    @Test
    void create_byStaff_returns201_andEveryoneSignedInCanReadIt() {
        String surveyId = as(staff(newId("u-staff"))).body(with(summerSurvey(), "maxResponses", 100))
                .post("/v1/surveys").then().statusCode(201)
                .body("surveyId", notNullValue()).body("open", equalTo(true)).body("maxResponses", equalTo(100))
                .body("questions[1].showIf.questionId", equalTo("used")).extract().path("surveyId");

        as(citizen(newId("u"))).get("/v1/surveys/" + surveyId).then().statusCode(200)
                .body("questions.questionId", equalTo(List.of("used", "features", "score", "age", "advice")))
                .body("questions[1].options[3]", equalTo("=公式")).body("opensAt", org.hamcrest.Matchers.endsWith("+08:00"));
        as(citizen(newId("u"))).get("/v1/surveys").then().statusCode(200)
                .body("items.surveyId", hasItem(surveyId));
    }

    @Test
    void list_pagesWithATamperProofCursor() {
        SurveysFixtures.create(summerSurvey());
        SurveysFixtures.create(summerSurvey());
        String cursor = as(citizen(newId("u"))).get("/v1/surveys?limit=1").then().statusCode(200)
                .body("items.size()", equalTo(1)).extract().path("nextCursor");

        as(citizen(newId("u"))).queryParam("cursor", cursor).queryParam("limit", 1).get("/v1/surveys").then()
                .statusCode(200).body("items.size()", equalTo(1));
        as(citizen(newId("u"))).queryParam("cursor", cursor + "x").get("/v1/surveys").then().statusCode(400)
                .body("code", equalTo("INVALID_CURSOR"));
        as(citizen(newId("u"))).get("/v1/surveys?limit=0").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void get_unknownSurvey_returns404() {
        as(citizen(newId("u"))).get("/v1/surveys/s-nope").then().statusCode(404).body("code", equalTo("SURVEY_NOT_FOUND"));
    }

    @Test
    void malformedDefinitions_return400_andWriteNothing() {
        long before = definitions();
        refused(with(summerSurvey(), "title", null), 400).body("errors.field", hasItem("title"));
        refused(with(summerSurvey(), "opensAt", "tomorrow"), 400).body("errors.field", hasItem("opensAt"));
        refused(with(summerSurvey(), "maxResponses", 0), 400).body("errors.field", hasItem("maxResponses"));
        refused(with(summerSurvey(), "maxResponses", "many"), 400);
        refused(survey(List.of(question("q", "slider", true, Map.of()))), 400).body("errors.field",
                hasItem("questions[0].type"));
        refused(survey(List.of(Map.of("type", "text"))), 400).body("errors.field", hasItem("questions[0].questionId"));
        as(staff(newId("u"))).body("{\"title\": ").post("/v1/surveys").then().statusCode(400);
        as(staff(newId("u"))).body("[]").post("/v1/surveys").then().statusCode(400);
        assertThat(definitions()).isEqualTo(before);
    }

    @Test
    void definitionsThatBreakTheRules_return422InvalidSurvey_namingTheProblem_andWriteNothing() {
        long before = definitions();
        Map<String, Object> choice = question("a", "single", true, Map.of("options", List.of("x", "y")));
        refused(survey(List.of(choice, choice)), 422).body("errors.field", hasItem("questions[1].questionId"));
        refused(survey(List.of(question("a", "single", true, Map.of("options", List.of("x", "x"))))), 422)
                .body("errors.field", hasItem("questions[0].options"));
        refused(survey(List.of(question("b", "text", false, Map.of("showIf", Map.of("questionId", "a",
                "anyOf", List.of("x")))), choice)), 422).body("errors.field", hasItem("questions[0].showIf.questionId"))
                .body("detail", org.hamcrest.Matchers.containsString("earlier"));
        refused(survey(List.of(question("n", "number", false, Map.of()), question("b", "text", false,
                Map.of("showIf", Map.of("questionId", "n", "anyOf", List.of("1")))))), 422)
                .body("errors.field", hasItem("questions[1].showIf.questionId"));
        refused(survey(List.of(choice, question("b", "text", false, Map.of("showIf", Map.of("questionId", "a",
                "anyOf", List.of("z")))))), 422).body("errors.field", hasItem("questions[1].showIf.anyOf"));
        refused(survey(List.of(question("n", "number", false, Map.of("min", 5, "max", 1)))), 422);
        refused(survey(List.of(question("r", "rating", false, Map.of("min", 1, "max", 50)))), 422);
        refused(survey(List.of(question("m", "multiple", false, Map.of("options", List.of("x", "y"),
                "minChoices", 2, "maxChoices", 1)))), 422);
        refused(with(summerSurvey(), "closesAt", "2020-01-01T00:00:00+08:00"), 422).body("errors.field",
                hasItem("closesAt"));
        refused(survey(List.of()), 400);
        assertThat(definitions()).isEqualTo(before);
    }

    private static ValidatableResponse refused(Map<String, Object> body, int status) {
        return as(staff(newId("u-staff"))).body(body).post("/v1/surveys").then().statusCode(status)
                .contentType("application/problem+json")
                .body("code", equalTo(status == 400 ? "VALIDATION_FAILED" : "INVALID_SURVEY"));
    }

    private static long definitions() {
        return EmulatedAwsResource.aws().dynamoDb().query(q -> q.tableName(SurveysFixtures.tableName())
                .indexName("ByCreation").keyConditionExpression("gsi1pk = :all").select("COUNT")
                .expressionAttributeValues(Map.of(":all", software.amazon.awssdk.services.dynamodb.model.AttributeValue
                        .fromS("SURVEYS")))).count();
    }
}
