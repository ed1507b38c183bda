package cloud.citizen.notifications.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.notifications.testing.NotificationsFixtures;

/** Exactly-once claims against the emulated table. */
class DynamoDeliveryLedgerTest {
    private final DynamoDeliveryLedger ledger = new DynamoDeliveryLedger(EmulatedAwsResource.aws().dynamoDb(),
            NotificationsFixtures.table(), Clock.systemUTC());

    @Test
    void claim_succeedsOnce_evenAfterDelivery() {
        String eventId = NotificationsFixtures.newId("e-");

        assertThat(ledger.claim(eventId)).isTrue();
        ledger.delivered(eventId);

        assertThat(ledger.claim(eventId)).isFalse();
    }

    @Test
    void releasedClaim_canBeClaimedAgain() {
        String eventId = NotificationsFixtures.newId("e-");
        ledger.claim(eventId);

        ledger.release(eventId);

        assertThat(ledger.claim(eventId)).isTrue();
    }

    @Test
    void twoHundredConcurrentClaimsOfOneEvent_exactlyOneWins() throws Exception {
        String eventId = NotificationsFixtures.newId("e-");

        List<Boolean> claimed = Concurrently.run(200, 16, i -> ledger.claim(eventId));

        assertThat(claimed).filteredOn(Boolean::booleanValue).hasSize(1);
    }
}
