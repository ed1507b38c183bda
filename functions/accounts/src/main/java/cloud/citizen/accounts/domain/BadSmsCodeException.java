package cloud.citizen.accounts.domain;

/**
 * The SMS code is wrong, expired, used up, or was issued for another purpose or phone: one answer
 * for all, so a guesser learns nothing.
 */
public final class BadSmsCodeException extends AccountRefusal {

    public BadSmsCodeException() {
        super("BAD_SMS_CODE", 401, "Bad SMS code", "The SMS code is wrong, expired or already used. Request a new code.");
    }
}
