package cloud.citizen.bills.domain;

import cloud.citizen.platform.problem.Refusal;

/** A payment that does not exist or belongs to someone else; also a callback for a payment never created. */
public final class PaymentNotFoundException extends Refusal {

    public PaymentNotFoundException() {
        super(404, "PAYMENT_NOT_FOUND", "Payment not found", "No such payment.");
    }
}
