package cloud.citizen.bills.domain;

import cloud.citizen.platform.problem.Refusal;

/** Binding an account that another citizen bound first. */
public final class AccountAlreadyBoundException extends Refusal {

    public AccountAlreadyBoundException() {
        super(409, "ACCOUNT_ALREADY_BOUND", "Account already bound", "This account is bound to another citizen. Ask them to unbind it or contact the provider.");
    }
}
