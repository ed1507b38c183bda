package cloud.citizen.appointments.seed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cloud.citizen.appointments.domain.CityTime;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/** The local platform's demo data: created once, visible through the API, a no-op the second time. */
@QuarkusTest
@EmulatedAwsTest
class DemoProvidersTest {

    @Test
    void seed_createsAWeekOfSlots_once() {
        var env = EmulatedAwsResource.environment();
        var dynamo = EmulatedAwsResource.aws().dynamoDb();

        int first = DemoProviders.seed(dynamo, env, Clock.systemUTC());
        int second = DemoProviders.seed(dynamo, env, Clock.systemUTC());

        assertThat(first).isEqualTo(DemoProviders.PROVIDERS.size() * DemoProviders.DAYS * 12);
        assertThat(second).isZero();
        given().get("/v1/appointment-providers?type=vaccine&district=jinjiang&limit=100").then().statusCode(200)
                .body("items.providerId", hasItem("jinjiang-shuyuan-flu"));
        LocalDate inSixDays = CityTime.dateOf(Instant.now()).plusDays(6);
        given().get("/v1/appointment-providers/jinjiang-shuyuan-flu/slots?date=" + inSixDays).then().statusCode(200)
                .body("items.remaining", hasItem(30));
    }
}
