package cloud.citizen.accounts.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * {@value #MAX_FAILURES} failed logins within {@link #WINDOW} lock the account until the window
 * ends. A fixed window (started by the first failure) rather than a sliding one, because the store
 * can keep it as one item and move it forward with a single conditional update; it still bounds a
 * guesser to {@value #MAX_FAILURES} guesses per 15 minutes per account.
 *
 * <p>How the store applies it: before checking a password, {@link #stateOf}; when locked, refuse
 * with ACCOUNT_LOCKED without checking the password (a locked account must not become a free
 * password oracle). After a wrong password, count it: in the open window, or in a new one starting
 * now once the last has ended (DynamoLoginAttemptStore does this with conditional updates, so
 * concurrent failures are all counted). After a successful login, delete the window. The attempt that records the fifth failure is still answered
 * BAD_CREDENTIALS; the attempts after it get ACCOUNT_LOCKED.
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
