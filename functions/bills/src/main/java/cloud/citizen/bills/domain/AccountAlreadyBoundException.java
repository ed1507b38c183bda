package cloud.citizen.bills.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** Binding an account that another citizen bound first. */
@ErrorDoc(status = 409, code = "ACCOUNT_ALREADY_BOUND", meaning = "The account is already bound", hint = "Show the account as bound; nothing to do.")
public final class AccountAlreadyBoundException extends Refusal {

    public AccountAlreadyBoundException() {
        super(409, "ACCOUNT_ALREADY_BOUND", "Account already bound", "This account is bound to another citizen. Ask them to unbind it or contact the provider.");
    }
}
