package cloud.citizen.accounts.domain;

import java.util.OptionalLong;

/** Too many failed logins (see {@link LoginLockout}); the account accepts none until the lock ends. */
public final class AccountLockedException extends AccountRefusal {

    private final long retryAfterSeconds;

    public AccountLockedException(long retryAfterSeconds) {
        super("ACCOUNT_LOCKED", 429, "Account temporarily locked",
                "Too many failed logins. Try again in " + retryAfterSeconds + " seconds.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public AccountLockedException(LockoutState.Locked state) {
        this(state.retryAfterSeconds());
    }

    @Override
    public OptionalLong retryAfterSeconds() {
        return OptionalLong.of(retryAfterSeconds);
    }
}
