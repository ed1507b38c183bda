package cloud.citizen.bills.domain;

import cloud.citizen.platform.problem.Refusal;

/** Binding an account that no provider file ever contained. */
public final class AccountNotFoundException extends Refusal {

    public AccountNotFoundException() {
        super(404, "ACCOUNT_NOT_FOUND", "Account not found", "The provider has no account with this number. Check the number on a paper bill.");
    }
}
