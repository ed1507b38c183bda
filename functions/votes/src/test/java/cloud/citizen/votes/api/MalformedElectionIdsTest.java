package cloud.citizen.votes.api;

import static cloud.citizen.votes.testing.VotesFixtures.anonymous;
import static cloud.citizen.votes.testing.VotesFixtures.as;
import static cloud.citizen.votes.testing.VotesFixtures.staffOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Election ids in the path that no election can have: over-long ones once reached DynamoDB, whose
 * 2,048-byte key limit answered with an exception, i.e. a 500 (found by the platform's bad-input
 * properties). Now a 400 VALIDATION_FAILED before any table is read, like a malformed community id.
 */
@QuarkusTest
@EmulatedAwsTest
class MalformedElectionIdsTest {
    private static final List<String> MALFORMED = List.of("e".repeat(3_000), "e-" + "9".repeat(63), "%E2%80%AE",
            "a%20b");

    @Test
    void malformedElectionIds_are400ValidationFailed_onEveryRoute() {
        String staff = staffOf("c-malformed");
        for (String id : MALFORMED) {
            String election = "/v1/elections/" + id;
            as(staff).urlEncodingEnabled(false).get(election).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("code", equalTo("VALIDATION_FAILED"));
            as(staff).urlEncodingEnabled(false).body("{\"unitId\":\"u-1\",\"choices\":[\"agree\"]}")
                    .post(election + "/ballots").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
            as(staff).urlEncodingEnabled(false).post(election + "/close").then().statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED"));
            as(staff).urlEncodingEnabled(false).get(election + "/results").then().statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED"));
            as(staff).urlEncodingEnabled(false).get(election + "/audit").then().statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED"));
            anonymous().urlEncodingEnabled(false).get(election + "/receipts/r-1").then().statusCode(400)
                    .body("code", equalTo("VALIDATION_FAILED"));
        }
    }
}
