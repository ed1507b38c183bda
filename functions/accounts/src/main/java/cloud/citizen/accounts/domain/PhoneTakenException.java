package cloud.citizen.accounts.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** Registration for a phone number that already has an account. */
@ErrorDoc(status = 409, code = "PHONE_TAKEN", meaning = "The phone number is already registered", hint = "Offer login or password reset instead of registration.")
public final class PhoneTakenException extends Refusal {

    public PhoneTakenException() {
        super(409, "PHONE_TAKEN", "Phone number already registered", "An account with this phone number already exists. Log in or reset the password.");
    }
}
