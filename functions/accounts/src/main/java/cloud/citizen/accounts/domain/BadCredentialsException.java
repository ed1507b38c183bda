package cloud.citizen.accounts.domain;

/** Login failed. Deliberately does not say whether the phone is registered. */
public final class BadCredentialsException extends AccountRefusal {

    public BadCredentialsException() {
        super("BAD_CREDENTIALS", 401, "Bad credentials", "The phone number or the password is wrong.");
    }
}
