package cloud.citizen.bills.api;

import static cloud.citizen.bills.testing.BillsFixtures.household;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cloud.citizen.bills.testing.BillsFixtures.Household;
import cloud.citizen.bills.testing.BillsFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/** Runs the payment flows, failures included, then reads the whole log: no account number, token or secret. */
@QuarkusTest
@EmulatedAwsTest(parameters = BillsFixtures.SANDBOX_ON)
class LogHygieneTest {

    @Test
    void logs_neverContainAccountNumbersTokensOrSecrets() throws Exception {
        Household household = household(BillsFixtures.newAccount("LOGCHECK-"), 4630);
        String paymentId = BillsFixtures.startSandboxPayment(household);
        BillsFixtures.signedSandboxCallback(BillsFixtures.sandboxCallbackBody(paymentId, 1, "succeeded"))
                .then().statusCode(422);
        BillsFixtures.callback("sandbox", BillsFixtures.sandboxCallbackBody(paymentId, 4630, "succeeded"), "00").then().statusCode(401);
        BillsFixtures.sandboxConfirms(paymentId);
        BillsFixtures.receiptWorkerRuns(paymentId);

        String log = Files.readString(Path.of("target/test-logs/bills.log"), StandardCharsets.UTF_8);

        assertThat(log).isNotBlank();
        for (String secret : List.of(household.account(), household.token(), BillsFixtures.sandboxSecret())) {
            assertThat(log).as("the log must not contain an account number, token or secret").doesNotContain(secret);
        }
    }
}
