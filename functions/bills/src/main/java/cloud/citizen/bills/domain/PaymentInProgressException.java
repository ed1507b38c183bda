package cloud.citizen.bills.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** Paying a bill while another payment for it is pending. */
@ErrorDoc(status = 409, code = "PAYMENT_IN_PROGRESS", meaning = "Another payment for this bill is in progress", hint = "Show the pending payment and poll GET /v1/payments/{paymentId} for its result.")
public final class PaymentInProgressException extends Refusal {

    public PaymentInProgressException() {
        super(409, "PAYMENT_IN_PROGRESS", "Payment in progress", "Another payment for this bill is in progress. Wait for its result.");
    }
}
