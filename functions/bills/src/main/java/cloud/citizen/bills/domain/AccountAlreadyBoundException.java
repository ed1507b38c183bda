package cloud.citizen.bills.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** Binding an account that this citizen bound already (others of the household may bind it too). */
@ErrorDoc(status = 409, code = "ACCOUNT_ALREADY_BOUND", meaning = "This citizen already bound the account", hint = "Show the account as bound; nothing to do.")
public final class AccountAlreadyBoundException extends Refusal {

    public AccountAlreadyBoundException() {
        super(409, "ACCOUNT_ALREADY_BOUND", "Account already bound", "You have bound this account already.");
    }
}
