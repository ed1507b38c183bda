package cloud.citizen.accounts.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * {@value #MAX_FAILURES} failed logins within {@link #WINDOW} lock the account until the window
 * ends. A fixed window (started by the first failure) rather than a sliding one, because the store
 * can keep it as one item and move it forward with a single conditional update; it still bounds a
 * guesser to {@value #MAX_FAILURES} guesses per 15 minutes per account.
 *
 * <p>How the store applies it: every attempt is first reserved, i.e. counted as a failure with a
 * conditional ADD that refuses once the window holds {@value #MAX_FAILURES} (in the open window, or
 * in a new one starting now once the last has ended); only a reserved attempt has its password or
 * code checked, so a locked account is no password oracle and concurrent attempts cannot pass the
 * bound. A refused reservation is answered ACCOUNT_LOCKED with {@link #stateOf}'s Retry-After. A
 * successful login deletes the window, its own reservation included, so success never leaves the
 * account locked; attempts racing with that success may be forgiven with it (at most five per
 * successful login, which only the password's owner can cause). The fifth reserved attempt is
 * still answered BAD_CREDENTIALS when wrong; the attempts after it get ACCOUNT_LOCKED.
 */
public final class LoginLockout {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private LoginLockout() {
    }

    public static LockoutState stateOf(FailureWindow window, Instant now) {
        if (window.failures() >= MAX_FAILURES && now.isBefore(window.end())) {
            return new LockoutState.Locked(RetryAfter.seconds(Duration.between(now, window.end())));
        }
        return new LockoutState.Open();
    }
}
