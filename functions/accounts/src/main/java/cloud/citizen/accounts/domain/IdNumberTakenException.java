package cloud.citizen.accounts.domain;

import cloud.citizen.platform.problem.Refusal;

/** Real-name verification with an ID number that another account already holds. */
public final class IdNumberTakenException extends Refusal {

    public IdNumberTakenException() {
        super(409, "ID_NUMBER_TAKEN", "ID number already verified", "This ID number is already verified for another account.");
    }
}
