package cloud.citizen.accounts.domain;

import cloud.citizen.platform.problem.Refusal;

/** The new password does not satisfy {@link PasswordPolicy}; the detail says which rule. */
public final class WeakPasswordException extends Refusal {

    public WeakPasswordException(String reason) {
        super(422, "WEAK_PASSWORD", "Weak password", reason);
    }

    public WeakPasswordException(PasswordVerdict.Rejected verdict) {
        this(verdict.reason());
    }
}
