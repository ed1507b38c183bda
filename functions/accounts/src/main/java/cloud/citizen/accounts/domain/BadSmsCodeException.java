package cloud.citizen.accounts.domain;

import cloud.citizen.platform.problem.Refusal;

/**
 * The SMS code is wrong, expired, used up, or was issued for another purpose or phone: one answer
 * for all, so a guesser learns nothing.
 */
public final class BadSmsCodeException extends Refusal {

    public BadSmsCodeException() {
        super(401, "BAD_SMS_CODE", "Bad SMS code", "The SMS code is wrong, expired or already used. Request a new code.");
    }
}
