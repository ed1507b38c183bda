package cloud.citizen.bills.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** Also for someone else's bill: existence is not revealed (404, not 403). */
@ErrorDoc(status = 404, code = "BILL_NOT_FOUND", meaning = "No such bill among the accounts bound to the caller", hint = "Reload the bill list.")
public final class BillNotFoundException extends Refusal {

    public BillNotFoundException() {
        super(404, "BILL_NOT_FOUND", "Bill not found", "No such bill among the accounts bound to you.");
    }
}
