package cloud.citizen.accounts.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cloud.citizen.accounts.domain.FailureWindow;
import cloud.citizen.accounts.testing.AccountsFixtures;
import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsResource;

/** The lockout's failure window against the emulated table. */
class DynamoLoginAttemptStoreTest {
    private final DynamoLoginAttemptStore attempts = new DynamoLoginAttemptStore(EmulatedAwsResource.aws().dynamoDb(),
            AccountsFixtures.table());

    @Test
    void failureWindow_countsFailuresInsideFifteenMinutes_thenStartsANewOne() {
        String phoneKey = "window-" + AccountsFixtures.newPhone();
        Instant first = Instant.parse("2026-11-28T01:00:00Z");
        for (int i = 0; i < 5; i++) {
            attempts.recordFailure(phoneKey, first.plusSeconds(120L * i));
        }
        assertThat(attempts.failures(phoneKey)).isEqualTo(new FailureWindow(first, 5));

        Instant afterWindow = first.plus(Duration.ofMinutes(15)).plusSeconds(1);
        attempts.recordFailure(phoneKey, afterWindow);

        assertThat(attempts.failures(phoneKey)).isEqualTo(new FailureWindow(afterWindow, 1));
    }

    @Test
    void failureWindow_concurrentFailuresAreAllCounted() throws Exception {
        String phoneKey = "race-" + AccountsFixtures.newPhone();
        Instant now = Instant.now();

        Concurrently.run(10, i -> {
            attempts.recordFailure(phoneKey, now);
            return null;
        });

        assertThat(attempts.failures(phoneKey).failures()).isEqualTo(10);
    }
}
