package cloud.citizen.accounts.domain;

import cloud.citizen.apidocs.ErrorDoc;

/** Too many failed logins (see {@link LoginLockout}); the account accepts none until the lock ends. */
@ErrorDoc(status = 429, code = "ACCOUNT_LOCKED", meaning = "Too many failed logins", hint = "Show when to try again (Retry-After); offer the SMS login.")
public final class AccountLockedException extends TooSoonException {

    public AccountLockedException(long retryAfterSeconds) {
        super("ACCOUNT_LOCKED", "Account temporarily locked",
                "Too many failed logins. Try again in " + retryAfterSeconds + " seconds.", retryAfterSeconds);
    }

    public AccountLockedException(LockoutState.Locked state) {
        this(state.retryAfterSeconds());
    }
}
