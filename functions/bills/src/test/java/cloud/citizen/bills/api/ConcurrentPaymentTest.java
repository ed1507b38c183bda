package cloud.citizen.bills.api;

import static cloud.citizen.bills.testing.BillsFixtures.household;
import static cloud.citizen.bills.testing.BillsFixtures.pay;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cloud.citizen.bills.testing.BillsFixtures.Household;
import cloud.citizen.bills.testing.BillsFixtures;
import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A bill is paid at most once over HTTP too, whatever concurrent requests do (the ledger's own
 * concurrency tests are in store/DynamoPaymentLedgerTest).
 */
@QuarkusTest
@EmulatedAwsTest(parameters = BillsFixtures.SANDBOX_ON)
class ConcurrentPaymentTest {

    @Test
    void fiftyConcurrentPayRequests_overHttp_withDifferentKeys_oneIs201_theRestAre409() throws Exception {
        Household household = household(4630);

        List<Response> responses = Concurrently.run(50,
                i -> pay(household.token(), household.billId(), "sandbox", BillsFixtures.newIdempotencyKey()));

        assertThat(responses.stream().filter(r -> r.statusCode() == 201)).hasSize(1);
        assertThat(responses.stream().filter(r -> r.statusCode() == 409)
                .filter(r -> "PAYMENT_IN_PROGRESS".equals(r.path("code")))).hasSize(49);
        assertThat(BillsFixtures.paymentCount(household.userId())).isEqualTo(1);
    }
}
