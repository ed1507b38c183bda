package cloud.citizen.bills.domain;

/** A payment method whose provider is not connected in this deployment. */
public final class PaymentMethodUnavailableException extends BillsRefusal {

    public PaymentMethodUnavailableException() {
        super(422, "PAYMENT_METHOD_UNAVAILABLE", "Payment method unavailable", "This payment method is not available yet. Choose another one.");
    }
}
