package cloud.citizen.bills.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** A callback addressed to a payment gateway that is not connected (API code PAYMENT_PROVIDER_NOT_FOUND). */
@ErrorDoc(status = 404, code = "PAYMENT_PROVIDER_NOT_FOUND", meaning = "No such payment provider", hint = "Payment providers only: check the callback URL.")
public final class UnknownPaymentGatewayException extends Refusal {

    public UnknownPaymentGatewayException() {
        super(404, "PAYMENT_PROVIDER_NOT_FOUND", "Payment provider not found", "No such payment provider.");
    }
}
