package cloud.citizen.bills.api;

import java.util.Optional;

import cloud.citizen.bills.api.BillsRequests.BindAccountRequest;
import cloud.citizen.bills.api.BillsRequests.PaymentRequest;
import cloud.citizen.bills.domain.AccountNotFoundException;
import cloud.citizen.bills.domain.BillStatus;
import cloud.citizen.bills.domain.HolderName;
import cloud.citizen.bills.domain.PaymentMethod;
import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.platform.validation.Validation;

/** Turns request bodies and query values into domain values, naming every bad field at once (400). */
final class BillsValidation {
    private BillsValidation() {
    }

    /** What a bind request names: the account, and its holder as the citizen typed it (never stored if wrong). */
    record Binding(ProviderAccount account, HolderName holder) {
    }

    static Binding binding(BindAccountRequest body) {
        Validation.requireBody(body);
        Validation v = new Validation().required("provider", body.provider())
                .required("accountNumber", body.accountNumber()).required("holderName", body.holderName());
        if (body.provider() != null && body.accountNumber() != null) {
            for (String problem : ProviderAccount.problemsWith(body.provider(), body.accountNumber())) {
                int colon = problem.indexOf(':');
                v.fail(problem.substring(0, colon), problem.substring(colon + 2));
            }
        }
        if (body.holderName() != null) {
            HolderName.problemWith(body.holderName()).ifPresent(problem -> v.fail("holderName", problem));
        }
        v.throwIfInvalid();
        return new Binding(new ProviderAccount(body.provider(), body.accountNumber()),
                HolderName.parse(body.holderName()).orElseThrow());
    }

    /** An account named in a path: one that cannot exist (bad shape, any length) is simply not found, before any read. */
    static ProviderAccount pathAccount(String provider, String accountNumber) {
        if (!ProviderAccount.problemsWith(provider, accountNumber).isEmpty()) {
            throw new AccountNotFoundException();
        }
        return new ProviderAccount(provider, accountNumber);
    }

    static PaymentMethod method(PaymentRequest body) {
        Validation.requireBody(body);
        new Validation().required("method", body.method()).throwIfInvalid();
        return body.method();
    }

    static Optional<BillStatus> status(String status) {
        if (status == null || status.isEmpty()) {
            return Optional.empty();
        }
        if (!status.equals("unpaid") && !status.equals("paid")) {
            new Validation().fail("status", "must be one of: unpaid, paid").throwIfInvalid();
        }
        return Optional.of(BillStatus.fromWire(status));
    }
}
