package cloud.citizen.bills.domain;

import cloud.citizen.platform.problem.Refusal;

/** Paying a bill while another payment for it is pending. */
public final class PaymentInProgressException extends Refusal {

    public PaymentInProgressException() {
        super(409, "PAYMENT_IN_PROGRESS", "Payment in progress", "Another payment for this bill is in progress. Wait for its result.");
    }
}
