package cloud.citizen.accounts.domain;

import cloud.citizen.platform.problem.Refusal;

/** Login failed. Deliberately does not say whether the phone is registered. */
public final class BadCredentialsException extends Refusal {

    public BadCredentialsException() {
        super(401, "BAD_CREDENTIALS", "Bad credentials", "The phone number or the password is wrong.");
    }
}
