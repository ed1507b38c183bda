package cloud.citizen.accounts.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** Login failed. Deliberately does not say whether the phone is registered. */
@ErrorDoc(status = 401, code = "BAD_CREDENTIALS", meaning = "Wrong phone number or password", hint = "Say that phone or password is wrong (not which); offer the SMS login and password reset.")
public final class BadCredentialsException extends Refusal {

    public BadCredentialsException() {
        super(401, "BAD_CREDENTIALS", "Bad credentials", "The phone number or the password is wrong.");
    }
}
