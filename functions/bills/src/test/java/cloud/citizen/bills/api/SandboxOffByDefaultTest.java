package cloud.citizen.bills.api;

import static cloud.citizen.bills.testing.BillsFixtures.household;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import cloud.citizen.bills.testing.BillsFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/** With the template's defaults (no parameter overrides) the sandbox, which pays without money, is off. */
@QuarkusTest
@EmulatedAwsTest
class SandboxOffByDefaultTest {

    @Test
    void sandboxPayment_withTheTemplatesDefaults_returns422_andWritesNothing() {
        var household = household(4630);
        int before = BillsFixtures.stateItemCount();

        BillsFixtures.pay(household.token(), household.billId(), "sandbox", BillsFixtures.newIdempotencyKey()).then()
                .statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("PAYMENT_METHOD_UNAVAILABLE"));

        assertThat(EmulatedAwsResource.environment()).containsEntry("SANDBOX_PAYMENTS", "disabled");
        assertThat(BillsFixtures.stateItemCount()).isEqualTo(before);
        assertThat(BillsFixtures.billStatus(household.billId())).isEqualTo("unpaid");
    }
}
