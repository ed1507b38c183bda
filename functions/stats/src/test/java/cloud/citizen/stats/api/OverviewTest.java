package cloud.citizen.stats.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.emulator.testing.TestTokens;
import cloud.citizen.platform.usage.UsageKind;
import cloud.citizen.stats.events.UsageEventsHandler;
import cloud.citizen.stats.testing.StatsFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** GET /v1/stats/overview: public, live from the counters within seconds. */
@QuarkusTest
@EmulatedAwsTest
class OverviewTest {

    @Test
    void overview_isPublic_forAnyoneWithOrWithoutAToken() {
        given().get("/v1/stats/overview").then().statusCode(200)
                .body("registeredUsers", notNullValue()).body("realNameVerifiedUsers", notNullValue())
                .body("serviceUses.payments", notNullValue()).body("serviceUses.appointments", notNullValue())
                .body("serviceUses.ballots", notNullValue()).body("serviceUses.posts", notNullValue())
                .body("serviceUses.surveyResponses", notNullValue()).body("today.newUsers", notNullValue())
                .body("today.activeUsers", notNullValue()).body("today.serviceUses", notNullValue())
                .body("generatedAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*\\+08:00"));
        TestTokens tokens = TestTokens.forFunctionUnderTest();
        given().auth().oauth2(tokens.citizen("u-1")).get("/v1/stats/overview").then().statusCode(200);
        given().auth().oauth2(tokens.expired("u-1")).get("/v1/stats/overview").then().statusCode(200);
        given().auth().oauth2("not-a-token").get("/v1/stats/overview").then().statusCode(200);
    }

    @Test
    void overview_movesWithinSecondsOfNewEvents() {
        JsonPath before = overview();
        Instant now = Instant.now();
        StatsFixtures.deliver(new UsageEventsHandler(StatsFixtures.components()), List.of(
                StatsFixtures.use(UsageKind.REGISTRATION, "fresh-1", null, 0, now),
                StatsFixtures.use(UsageKind.REAL_NAME_VERIFICATION, "fresh-1", null, 0, now),
                StatsFixtures.use(UsageKind.PAYMENT, "fresh-1", "bills.water", 500, now),
                StatsFixtures.use(UsageKind.SURVEY_RESPONSE, "fresh-2", "surveys.response", 0, now)));

        JsonPath after = before;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (after.getLong("serviceUses.payments") == before.getLong("serviceUses.payments")
                && Instant.now().isBefore(deadline)) {
            sleep();
            after = overview();
        }

        assertThat(after.getLong("registeredUsers") - before.getLong("registeredUsers")).isEqualTo(1);
        assertThat(after.getLong("realNameVerifiedUsers") - before.getLong("realNameVerifiedUsers")).isEqualTo(1);
        assertThat(after.getLong("serviceUses.payments") - before.getLong("serviceUses.payments")).isEqualTo(1);
        assertThat(after.getLong("serviceUses.surveyResponses") - before.getLong("serviceUses.surveyResponses"))
                .isEqualTo(1);
        // "today" is the city's day: events of now belong to it unless the day turned meanwhile
        if (after.getString("generatedAt").substring(0, 10).equals(before.getString("generatedAt").substring(0, 10))) {
            assertThat(after.getLong("today.newUsers") - before.getLong("today.newUsers")).isEqualTo(1);
            assertThat(after.getLong("today.serviceUses") - before.getLong("today.serviceUses")).isEqualTo(2);
            assertThat(after.getLong("today.activeUsers")).isGreaterThanOrEqualTo(2);
        }
    }

    private static JsonPath overview() {
        return given().get("/v1/stats/overview").then().statusCode(200).extract().jsonPath();
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
