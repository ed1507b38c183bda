package cloud.citizen.surveys.api;

import static cloud.citizen.surveys.testing.SurveysFixtures.as;
import static cloud.citizen.surveys.testing.SurveysFixtures.newId;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.surveys.testing.SurveysFixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Ids in the path that no survey or export can have: over-long ones once reached DynamoDB, whose
 * 2,048-byte key limit answered with an exception, i.e. a 500 (found by the platform's bad-input
 * properties). Every such id is now a 400 VALIDATION_FAILED before any table is read.
 */
@QuarkusTest
@EmulatedAwsTest
class MalformedIdsTest {
    private static final List<String> MALFORMED = List.of("s".repeat(3_000), "s-" + "9".repeat(63), "%E2%80%AE",
            "a%20b", "..%2F..%2Fx");

    @Test
    void malformedSurveyAndExportIds_are400ValidationFailed_onEveryRoute() {
        String staff = SurveysFixtures.staff(newId("u-staff"));
        for (String id : MALFORMED) {
            as(staff).urlEncodingEnabled(false).get("/v1/surveys/" + id).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("code", equalTo("VALIDATION_FAILED"));
            as(staff).urlEncodingEnabled(false).body("{\"answers\":{}}").post("/v1/surveys/" + id + "/responses").then()
                    .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
            as(staff).urlEncodingEnabled(false).get("/v1/surveys/" + id + "/results").then().statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED"));
            as(staff).urlEncodingEnabled(false).post("/v1/surveys/" + id + "/exports").then().statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED"));
            as(staff).urlEncodingEnabled(false).get("/v1/exports/" + id).then().statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED"));
        }
    }
}
