package cloud.citizen.bills.api;

import java.util.Optional;

import cloud.citizen.bills.api.BillsRequests.BindAccountRequest;
import cloud.citizen.bills.api.BillsRequests.PaymentRequest;
import cloud.citizen.bills.domain.BillStatus;
import cloud.citizen.bills.domain.PaymentMethod;
import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.platform.validation.Validation;

/** Turns request bodies and query values into domain values, naming every bad field at once (400). */
final class BillsValidation {
    private BillsValidation() {
    }

    static ProviderAccount account(BindAccountRequest body) {
        Validation.requireBody(body);
        Validation v = new Validation().required("provider", body.provider())
                .required("accountNumber", body.accountNumber());
        if (v.isValid()) {
            for (String problem : ProviderAccount.problemsWith(body.provider(), body.accountNumber())) {
                int colon = problem.indexOf(':');
                v.fail(problem.substring(0, colon), problem.substring(colon + 2));
            }
        }
        v.throwIfInvalid();
        return new ProviderAccount(body.provider(), body.accountNumber());
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
