package cloud.citizen.accounts.domain;

import java.util.OptionalLong;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** Too many failed logins (see {@link LoginLockout}); the account accepts none until the lock ends. */
@ErrorDoc(status = 429, code = "ACCOUNT_LOCKED", meaning = "Too many failed logins", hint = "Show when to try again (Retry-After); offer the SMS login.")
public final class AccountLockedException extends Refusal {

    private final long retryAfterSeconds;

    public AccountLockedException(long retryAfterSeconds) {
        super(429, "ACCOUNT_LOCKED", "Account temporarily locked",
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
