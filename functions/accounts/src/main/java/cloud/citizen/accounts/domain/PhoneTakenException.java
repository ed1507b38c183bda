package cloud.citizen.accounts.domain;

import cloud.citizen.platform.problem.Refusal;

/** Registration for a phone number that already has an account. */
public final class PhoneTakenException extends Refusal {

    public PhoneTakenException() {
        super(409, "PHONE_TAKEN", "Phone number already registered", "An account with this phone number already exists. Log in or reset the password.");
    }
}
