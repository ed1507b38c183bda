package cloud.citizen.bills.seed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import cloud.citizen.bills.testing.BillsWorld;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/** The local platform's seeding entry point: demo bills bound to one citizen, idempotent. */
@QuarkusTest
@EmulatedAwsTest
class DemoBillsTest {

    @Test
    void seed_importsTheDemoBills_bindsThemToTheCitizen_andIsSafeToRepeat() {
        String citizen = BillsWorld.newUser();

        DemoBills.SeedSummary first = DemoBills.seed(BillsWorld.dynamo(), EmulatedAwsResource.environment(), citizen);
        DemoBills.SeedSummary again = DemoBills.seed(BillsWorld.dynamo(), EmulatedAwsResource.environment(), citizen);

        assertThat(first.billsCreated() + first.billsUnchanged()).isEqualTo(7);
        assertThat(first.accountsBound()).hasSize(6);
        assertThat(again.billsCreated()).isZero();
        assertThat(again.accountsBound()).hasSize(6);
        given().auth().oauth2(BillsWorld.tokens().citizen(citizen)).get("/v1/bills").then().statusCode(200)
                .body("items.size()", equalTo(7));
        assertThat(DemoBills.seed(BillsWorld.dynamo(), EmulatedAwsResource.environment(), BillsWorld.newUser())
                .accountsBoundToSomeoneElse()).hasSize(6);
    }
}
