package cloud.citizen.accounts.domain;

/** Real-name verification with an ID number that another account already holds. */
public final class IdNumberTakenException extends AccountRefusal {

    public IdNumberTakenException() {
        super("ID_NUMBER_TAKEN", 409, "ID number already verified", "This ID number is already verified for another account.");
    }
}
