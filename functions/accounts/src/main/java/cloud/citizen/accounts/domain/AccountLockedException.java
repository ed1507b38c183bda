package cloud.citizen.accounts.domain;

/** Too many failed logins (see {@link LoginLockout}); the account accepts none until the lock ends. */
public final class AccountLockedException extends TooSoonException {

    public AccountLockedException(long retryAfterSeconds) {
        super("ACCOUNT_LOCKED", "Account temporarily locked",
                "Too many failed logins. Try again in " + retryAfterSeconds + " seconds.", retryAfterSeconds);
    }

    public AccountLockedException(LockoutState.Locked state) {
        this(state.retryAfterSeconds());
    }
}
