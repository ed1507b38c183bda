package cloud.citizen.accounts.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** Real-name verification with an ID number that another account already holds. */
@ErrorDoc(status = 409, code = "ID_NUMBER_TAKEN", meaning = "The ID number is verified for another account", hint = "Tell the user to contact support; the ID belongs to another account.")
public final class IdNumberTakenException extends Refusal {

    public IdNumberTakenException() {
        super(409, "ID_NUMBER_TAKEN", "ID number already verified", "This ID number is already verified for another account.");
    }
}
