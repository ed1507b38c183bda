package cloud.citizen.appointments.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.platform.snapstart.SnapStartPriming;

/**
 * What Lambda runs before it snapshots a published version (SnapStart), as the CRaC hook would
 * call it: the appointments primer builds what the first request left for later (booking parts,
 * SQS client, cursor key from Secrets Manager) and reads through DynamoDB, without failing.
 */
@QuarkusTest
@EmulatedAwsTest
class SnapStartPrimingTest {

    @Test
    void primeNow_runsTheAppointmentsPrimerRegisteredAtStartup() {
        assertThat(SnapStartPriming.primeNow()).containsEntry("appointments", true).containsEntry("http", true);
    }
}
