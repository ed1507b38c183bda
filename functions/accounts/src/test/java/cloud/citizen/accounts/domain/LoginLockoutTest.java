package cloud.citizen.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginLockoutTest {

    private static final Instant T0 = TestClocks.NOW;

    private static FailureWindow failures(int count, Instant first, Duration apart) {
        FailureWindow window = FailureWindow.NONE;
        for (int i = 0; i < count; i++) {
            window = LoginLockout.afterFailure(window, first.plus(apart.multipliedBy(i)));
        }
        return window;
    }

    @Test
    void stateOf_whenNoFailures_isOpen() {
        assertThat(LoginLockout.stateOf(FailureWindow.NONE, T0)).isEqualTo(new LockoutState.Open());
    }

    @Test
    void stateOf_afterFourFailures_isOpen() {
        FailureWindow window = failures(4, T0, Duration.ofMinutes(1));

        assertThat(LoginLockout.stateOf(window, T0.plus(Duration.ofMinutes(4)))).isEqualTo(new LockoutState.Open());
    }

    @Test
    void stateOf_afterFiveFailuresWithinFifteenMinutes_isLockedUntilTheWindowEnds() {
        FailureWindow window = failures(5, T0, Duration.ofMinutes(2)); // last failure at T0 + 8 min

        LockoutState state = LoginLockout.stateOf(window, T0.plus(Duration.ofMinutes(10)));

        assertThat(state).isEqualTo(new LockoutState.Locked(5 * 60));
    }

    @Test
    void stateOf_whenTheWindowHasEnded_isOpenAgain() {
        FailureWindow window = failures(5, T0, Duration.ofMinutes(1));

        assertThat(LoginLockout.stateOf(window, T0.plus(Duration.ofMinutes(15)))).isEqualTo(new LockoutState.Open());
    }

    @Test
    void afterFailure_whenTheWindowHasEnded_startsANewOne() {
        FailureWindow old = failures(4, T0, Duration.ofMinutes(1));
        Instant later = T0.plus(Duration.ofMinutes(15));

        assertThat(LoginLockout.afterFailure(old, later)).isEqualTo(new FailureWindow(later, 1));
    }

    @Test
    void afterFailure_whenFailuresSpreadBeyondFifteenMinutes_neverLocks() {
        FailureWindow window = FailureWindow.NONE;
        Instant now = T0;
        for (int i = 0; i < 20; i++) {
            now = T0.plus(Duration.ofMinutes(4L * i));
            assertThat(LoginLockout.stateOf(window, now)).isEqualTo(new LockoutState.Open());
            window = LoginLockout.afterFailure(window, now);
        }
        assertThat(window.failures()).isLessThan(LoginLockout.MAX_FAILURES);
    }

    @Test
    void stateOf_retryAfterRoundsUpAndIsNeverZero() {
        FailureWindow window = failures(5, T0, Duration.ZERO);

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
