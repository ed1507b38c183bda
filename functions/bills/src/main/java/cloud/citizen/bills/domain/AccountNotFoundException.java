package cloud.citizen.bills.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/**
 * Binding an account that no provider file contained, or naming another holder than the provider
 * has, or unbinding an account one has not bound: one answer for all, so that a guess learns
 * nothing about which account numbers exist.
 */
@ErrorDoc(status = 404, code = "ACCOUNT_NOT_FOUND", meaning = "No such provider account, or the holder name does not match", hint = "Ask the user to check the account number and holder name on a paper bill.")
public final class AccountNotFoundException extends Refusal {

    public AccountNotFoundException() {
        super(404, "ACCOUNT_NOT_FOUND", "Account not found", "The provider has no account with this number and holder name. Check both on a paper bill.");
    }
}
