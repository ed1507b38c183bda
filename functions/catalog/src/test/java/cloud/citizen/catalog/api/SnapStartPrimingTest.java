package cloud.citizen.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.platform.snapstart.HttpPathPrimer;
import cloud.citizen.platform.snapstart.SnapStartPriming;

/**
 * What Lambda runs before it snapshots a published version (SnapStart): the platform's primers,
 * here in a started HTTP function, as the CRaC hook would call them.
 */
@QuarkusTest
@EmulatedAwsTest
class SnapStartPrimingTest {

    @Test
    void httpPrimer_sendsOneRequestThroughTheWholeStack_toARouteThatDoesNotExist() {
        assertThat(HttpPathPrimer.prime()).isEqualTo(404);
    }

    @Test
    void primeNow_runsTheHttpAndDynamoDbPrimersRegisteredAtStartup() {
        assertThat(SnapStartPriming.primeNow()).containsEntry("http", true).containsEntry("dynamodb", true);
    }
}
