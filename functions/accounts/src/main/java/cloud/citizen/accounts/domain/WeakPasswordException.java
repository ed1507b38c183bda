package cloud.citizen.accounts.domain;

/** The new password does not satisfy {@link PasswordPolicy}; the detail says which rule. */
public final class WeakPasswordException extends AccountRefusal {

    public WeakPasswordException(String reason) {
        super("WEAK_PASSWORD", 422, "Weak password", reason);
    }

    public WeakPasswordException(PasswordVerdict.Rejected verdict) {
        this(verdict.reason());
    }
}
