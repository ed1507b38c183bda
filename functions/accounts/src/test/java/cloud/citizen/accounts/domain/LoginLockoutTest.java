package cloud.citizen.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import cloud.citizen.accounts.testing.AccountsFixtures;

class LoginLockoutTest {

    private static final Instant T0 = AccountsFixtures.NOW;

    /** A window opened by the first failure; when the others happened inside it does not matter. */
    private static FailureWindow failures(int count, Instant first) {
        return new FailureWindow(first, count);
    }

    @Test
    void stateOf_whenNoFailures_isOpen() {
        assertThat(LoginLockout.stateOf(FailureWindow.NONE, T0)).isEqualTo(new LockoutState.Open());
    }

    @Test
    void stateOf_afterFourFailures_isOpen() {
        FailureWindow window = failures(4, T0);

        assertThat(LoginLockout.stateOf(window, T0.plus(Duration.ofMinutes(4)))).isEqualTo(new LockoutState.Open());
    }

    @Test
    void stateOf_afterFiveFailuresWithinFifteenMinutes_isLockedUntilTheWindowEnds() {
        FailureWindow window = failures(5, T0);

        LockoutState state = LoginLockout.stateOf(window, T0.plus(Duration.ofMinutes(10)));

        assertThat(state).isEqualTo(new LockoutState.Locked(5 * 60));
    }

    @Test
    void stateOf_whenTheWindowHasEnded_isOpenAgain() {
        FailureWindow window = failures(5, T0);

        assertThat(LoginLockout.stateOf(window, T0.plus(Duration.ofMinutes(15)))).isEqualTo(new LockoutState.Open());
    }

    @Test
    void stateOf_retryAfterRoundsUpAndIsNeverZero() {
        FailureWindow window = failures(5, T0);

        Instant almostOver = window.end().minusMillis(1);

        assertThat(LoginLockout.stateOf(window, almostOver)).isEqualTo(new LockoutState.Locked(1));
    }

    @Test
    void accountLockedException_carriesTheRetryAfter() {
        AccountLockedException refusal = new AccountLockedException(new LockoutState.Locked(300));

        assertThat(refusal.retryAfterSeconds()).hasValue(300);
        assertThat(refusal.status()).isEqualTo(429);
        assertThat(refusal.code()).isEqualTo("ACCOUNT_LOCKED");
    }
}
