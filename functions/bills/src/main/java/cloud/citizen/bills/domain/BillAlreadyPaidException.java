package cloud.citizen.bills.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** Paying a bill that a succeeded payment already paid. */
@ErrorDoc(status = 409, code = "BILL_ALREADY_PAID", meaning = "The bill is already paid", hint = "Reload the bill and show it as paid.")
public final class BillAlreadyPaidException extends Refusal {

    public BillAlreadyPaidException() {
        super(409, "BILL_ALREADY_PAID", "Bill already paid", "This bill has already been paid.");
    }
}
