package cloud.citizen.accounts.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/**
 * The SMS code is wrong, expired, used up, or was issued for another purpose or phone: one answer
 * for all, so a guesser learns nothing.
 */
@ErrorDoc(status = 401, code = "BAD_SMS_CODE", meaning = "The SMS code is wrong, expired or used", hint = "Let the user re-enter the code or request a new one.")
public final class BadSmsCodeException extends Refusal {

    public BadSmsCodeException() {
        super(401, "BAD_SMS_CODE", "Bad SMS code", "The SMS code is wrong, expired or already used. Request a new code.");
    }
}
