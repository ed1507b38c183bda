package cloud.citizen.bills.domain;

/** A payment that does not exist or belongs to someone else; also a callback for a payment never created. */
public final class PaymentNotFoundException extends BillsRefusal {

    public PaymentNotFoundException() {
        super(404, "PAYMENT_NOT_FOUND", "Payment not found", "No such payment.");
    }
}
