package cloud.citizen.bills.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** A payment that does not exist or belongs to someone else; also a callback for a payment never created. */
@ErrorDoc(status = 404, code = "PAYMENT_NOT_FOUND", meaning = "No such payment", hint = "Reload the payment history.")
public final class PaymentNotFoundException extends Refusal {

    public PaymentNotFoundException() {
        super(404, "PAYMENT_NOT_FOUND", "Payment not found", "No such payment.");
    }
}
