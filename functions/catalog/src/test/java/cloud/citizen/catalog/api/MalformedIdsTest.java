package cloud.citizen.catalog.api;

import static cloud.citizen.catalog.testing.CatalogFixtures.admin;
import static cloud.citizen.catalog.testing.CatalogFixtures.anonymous;
import static cloud.citizen.catalog.testing.CatalogFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Service and submission ids in the path that none can have: over-long ones once reached DynamoDB,
 * whose 2,048-byte key limit answered with an exception, i.e. a 500 (found by the platform's
 * bad-input properties). Now a 400 VALIDATION_FAILED before any table is read, as replacing a
 * service already did.
 */
@QuarkusTest
@EmulatedAwsTest
class MalformedIdsTest {
    private static final List<String> MALFORMED = List.of("s".repeat(3_000), "svc-" + "9".repeat(61), "%E2%80%AE",
            "a%20b");

    @Test
    void malformedServiceAndSubmissionIds_are400ValidationFailed() {
        String admin = admin();
        for (String id : MALFORMED) {
            anonymous().urlEncodingEnabled(false).get("/v1/services/" + id).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("code", equalTo("VALIDATION_FAILED"));
            as(admin).urlEncodingEnabled(false).get("/v1/service-submissions/" + id).then().statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED"));
            as(admin).urlEncodingEnabled(false).body("{\"approve\":false,\"reason\":\"x\"}")
                    .post("/v1/service-submissions/" + id + "/decision").then().statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED"));
        }
    }
}
