package cloud.citizen.accounts.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** The new password does not satisfy {@link PasswordPolicy}; the detail says which rule. */
@ErrorDoc(status = 422, code = "WEAK_PASSWORD", meaning = "The password is too weak", hint = "Show detail next to the password field; ask for a longer password.")
public final class WeakPasswordException extends Refusal {

    public WeakPasswordException(String reason) {
        super(422, "WEAK_PASSWORD", "Weak password", reason);
    }

    public WeakPasswordException(PasswordVerdict.Rejected verdict) {
        this(verdict.reason());
    }
}
