package cloud.citizen.bills.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cloud.citizen.bills.testing.BillsFixtures;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.platform.snapstart.SnapStartPriming;

/**
 * What Lambda runs before it snapshots a published version (SnapStart), as the CRaC hook would
 * call it: the bills primer builds what the first requests left for later (payment parts,
 * SDK clients, both secrets from Secrets Manager) and reads through DynamoDB, without failing.
 */
@QuarkusTest
@EmulatedAwsTest(parameters = BillsFixtures.SANDBOX_ON)
class SnapStartPrimingTest {

    @Test
    void primeNow_runsTheBillsPrimerRegisteredAtStartup() {
        assertThat(SnapStartPriming.primeNow()).containsEntry("bills", true).containsEntry("http", true);
    }
}
