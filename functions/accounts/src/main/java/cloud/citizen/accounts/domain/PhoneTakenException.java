package cloud.citizen.accounts.domain;

/** Registration for a phone number that already has an account. */
public final class PhoneTakenException extends AccountRefusal {

    public PhoneTakenException() {
        super("PHONE_TAKEN", 409, "Phone number already registered", "An account with this phone number already exists. Log in or reset the password.");
    }
}
