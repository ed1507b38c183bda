package cloud.citizen.bills.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** A payment method whose payment gateway is not connected in this deployment. */
@ErrorDoc(status = 422, code = "PAYMENT_METHOD_UNAVAILABLE", meaning = "This payment method is not available", hint = "Offer the other payment methods.")
public final class PaymentMethodUnavailableException extends Refusal {

    public PaymentMethodUnavailableException() {
        super(422, "PAYMENT_METHOD_UNAVAILABLE", "Payment method unavailable", "This payment method is not available yet. Choose another one.");
    }
}
