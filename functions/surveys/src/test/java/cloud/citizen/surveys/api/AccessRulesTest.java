package cloud.citizen.surveys.api;

import static cloud.citizen.surveys.testing.SurveysFixtures.COMMUNITY;
import static cloud.citizen.surveys.testing.SurveysFixtures.as;
import static cloud.citizen.surveys.testing.SurveysFixtures.citizen;
import static cloud.citizen.surveys.testing.SurveysFixtures.newId;
import static cloud.citizen.surveys.testing.SurveysFixtures.summerSurvey;
import static cloud.citizen.surveys.testing.SurveysFixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.surveys.testing.SurveysFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every route for anonymous, citizen, another citizen, staff of another community, staff and admin. */
@QuarkusTest
@EmulatedAwsTest
class AccessRulesTest {
    private static final Map<String, Object> ANSWERS = Map.of("answers", Map.of("used", "否", "score", 3));

    @Test
    void anonymousCallers_get401_onEveryRoute() {
        String surveyId = SurveysFixtures.create(summerSurvey());
        String exportId = exportOf(surveyId, SurveysFixtures.staff(newId("u-staff")));
        for (String[] route : List.of(new String[] { "POST", "/v1/surveys" }, new String[] { "GET", "/v1/surveys" },
                new String[] { "GET", "/v1/surveys/" + surveyId },
                new String[] { "POST", "/v1/surveys/" + surveyId + "/responses" },
                new String[] { "GET", "/v1/surveys/" + surveyId + "/results" },
                new String[] { "POST", "/v1/surveys/" + surveyId + "/exports" },
                new String[] { "GET", "/v1/exports/" + exportId })) {
            given().contentType(ContentType.JSON).body("{}").request(route[0], route[1]).then().statusCode(401)
                    .body("code", equalTo("UNAUTHENTICATED"));
            given().header("Authorization", "Bearer " + SurveysFixtures.tokens().expired("u-late"))
                    .contentType(ContentType.JSON).body("{}").request(route[0], route[1]).then().statusCode(401);
        }
    }

    @Test
    void citizens_readAndAnswer_butNeitherCreateNorSeeResultsNorExport() {
        String surveyId = SurveysFixtures.create(summerSurvey());
        String citizen = citizen(newId("u"));

        as(citizen).body(summerSurvey()).post("/v1/surveys").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        as(citizen).get("/v1/surveys").then().statusCode(200);
        as(citizen).get("/v1/surveys/" + surveyId).then().statusCode(200);
        as(citizen).body(ANSWERS).post("/v1/surveys/" + surveyId + "/responses").then().statusCode(201);
        as(citizen(newId("u-other"))).body(ANSWERS).post("/v1/surveys/" + surveyId + "/responses").then().statusCode(201);
        as(citizen).get("/v1/surveys/" + surveyId + "/results").then().statusCode(403);
        as(citizen).post("/v1/surveys/" + surveyId + "/exports").then().statusCode(403);
    }

    @Test
    void anExport_isSeenByTheStaffWhoAskedAndAdmins_only_othersGet404() {
        String surveyId = SurveysFixtures.create(summerSurvey());
        String staff = SurveysFixtures.staff(newId("u-staff"));
        String exportId = exportOf(surveyId, staff);

        as(staff).get("/v1/exports/" + exportId).then().statusCode(200).body("exportId", equalTo(exportId));
        as(SurveysFixtures.tokens().admin(newId("u-admin"))).get("/v1/exports/" + exportId).then().statusCode(200);
        as(SurveysFixtures.staff(newId("u-staff"))).get("/v1/exports/" + exportId).then().statusCode(404)
                .body("code", equalTo("EXPORT_NOT_FOUND"));
        as(citizen(newId("u"))).get("/v1/exports/" + exportId).then().statusCode(404);
        as(staff).get("/v1/exports/x-nope").then().statusCode(404);
    }

    @Test
    void aCommunitySurvey_isManagedByItsStaffAndAdmins_notByStaffOfAnotherCommunity() {
        String own = SurveysFixtures.staff(newId("u-staff"));
        String other = SurveysFixtures.tokens().staff(newId("u-staff"), "c-elsewhere");
        String admin = SurveysFixtures.tokens().admin(newId("u-admin"));
        Map<String, Object> body = with(summerSurvey(), "communityId", COMMUNITY);

        as(other).body(body).post("/v1/surveys").then().statusCode(403);
        String surveyId = as(own).body(body).post("/v1/surveys").then().statusCode(201).extract().path("surveyId");
        as(admin).body(body).post("/v1/surveys").then().statusCode(201);

        as(other).get("/v1/surveys/" + surveyId + "/results").then().statusCode(403);
        as(other).post("/v1/surveys/" + surveyId + "/exports").then().statusCode(403);
        as(other).body(ANSWERS).post("/v1/surveys/" + surveyId + "/responses").then().statusCode(201);
        as(own).get("/v1/surveys/" + surveyId + "/results").then().statusCode(200).body("responses", equalTo(1));
        as(admin).get("/v1/surveys/" + surveyId + "/results").then().statusCode(200);
        as(own).post("/v1/surveys/" + surveyId + "/exports").then().statusCode(202);
        as(admin).post("/v1/surveys/" + surveyId + "/exports").then().statusCode(202);
    }

    @Test
    void aCityWideSurvey_isManagedByAnyStaff() {
        String surveyId = SurveysFixtures.create(summerSurvey());
        String other = SurveysFixtures.tokens().staff(newId("u-staff"), "c-elsewhere");

        as(other).get("/v1/surveys/" + surveyId + "/results").then().statusCode(200);
        as(other).post("/v1/surveys/" + surveyId + "/exports").then().statusCode(202);
        as(other).get("/v1/surveys/s-nope/results").then().statusCode(404);
        as(other).post("/v1/surveys/s-nope/exports").then().statusCode(404);
    }

    private static String exportOf(String surveyId, String staffToken) {
        return as(staffToken).post("/v1/surveys/" + surveyId + "/exports").then().statusCode(202)
                .body("status", equalTo("running")).extract().path("exportId");
    }
}
