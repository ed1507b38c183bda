package cloud.citizen.accounts.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cloud.citizen.accounts.domain.LockoutState;
import cloud.citizen.accounts.testing.AccountsFixtures;
import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsResource;

/** The lockout's attempt reservations against the emulated table. */
class DynamoLoginAttemptStoreTest {
    private final DynamoLoginAttemptStore attempts = new DynamoLoginAttemptStore(EmulatedAwsResource.aws().dynamoDb(),
            AccountsFixtures.table());

    @Test
    void reserveAttempt_grantsFiveInFifteenMinutes_thenLocksUntilTheWindowEnds_thenStartsANewOne() {
        String phoneKey = "window-" + AccountsFixtures.newPhone();
        Instant first = Instant.parse("2026-11-28T01:00:00Z");
        for (int i = 0; i < 5; i++) {
            assertThat(attempts.reserveAttempt(phoneKey, first.plusSeconds(120L * i))).isEqualTo(new LockoutState.Open());
        }

        assertThat(attempts.reserveAttempt(phoneKey, first.plus(Duration.ofMinutes(10))))
                .isEqualTo(new LockoutState.Locked(5 * 60));
        Instant afterWindow = first.plus(Duration.ofMinutes(15)).plusSeconds(1);
        assertThat(attempts.reserveAttempt(phoneKey, afterWindow)).isEqualTo(new LockoutState.Open());
    }

    @Test
    void reserveAttempt_twentyConcurrentAttempts_exactlyFiveAreGranted() throws Exception {
        String phoneKey = "race-" + AccountsFixtures.newPhone();
        Instant now = Instant.now();

        List<LockoutState> states = Concurrently.run(20, i -> attempts.reserveAttempt(phoneKey, now));

        assertThat(states).filteredOn(LockoutState.Open.class::isInstance).hasSize(5);
        assertThat(states).filteredOn(LockoutState.Locked.class::isInstance).hasSize(15);
    }

    @Test
    void clear_afterASuccess_leavesTheAccountOpen() {
        String phoneKey = "clear-" + AccountsFixtures.newPhone();
        Instant now = Instant.now();
        for (int i = 0; i < 5; i++) {
            attempts.reserveAttempt(phoneKey, now);
        }

        attempts.clear(phoneKey);

        assertThat(attempts.reserveAttempt(phoneKey, now)).isEqualTo(new LockoutState.Open());
    }
}
