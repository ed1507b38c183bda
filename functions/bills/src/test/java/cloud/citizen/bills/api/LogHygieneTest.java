package cloud.citizen.bills.api;

import static cloud.citizen.bills.testing.BillsWorld.household;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cloud.citizen.bills.testing.BillsWorld;
import cloud.citizen.bills.testing.BillsWorld.Household;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/** Runs the payment flows, failures included, then reads the whole log: no account number, token or secret. */
@QuarkusTest
@EmulatedAwsTest
class LogHygieneTest {

    @Test
    void logs_neverContainAccountNumbersTokensOrSecrets() throws Exception {
        Household household = household("LOGCHECK-" + (100_000 + (int) (Math.random() * 800_000)), 4630);
        String paymentId = BillsWorld.startSandboxPayment(household);
        BillsWorld.signedSandboxCallback(BillsWorld.sandboxCallbackBody(paymentId, 1, "succeeded"))
                .then().statusCode(422);
        BillsWorld.callback("sandbox", BillsWorld.sandboxCallbackBody(paymentId, 4630, "succeeded"), "00").then().statusCode(401);
        BillsWorld.sandboxConfirms(paymentId);
        BillsWorld.receiptWorkerRuns(paymentId);

        String log = Files.readString(Path.of("target/test-logs/bills.log"), StandardCharsets.UTF_8);

        assertThat(log).isNotBlank();
        for (String secret : List.of(household.account(), household.token(), BillsWorld.sandboxSecret())) {
            assertThat(log).as("the log must not contain an account number, token or secret").doesNotContain(secret);
        }
    }
}
