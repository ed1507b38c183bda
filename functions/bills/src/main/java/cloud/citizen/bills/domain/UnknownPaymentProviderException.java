package cloud.citizen.bills.domain;

/** A callback addressed to a provider we do not know. */
public final class UnknownPaymentProviderException extends BillsRefusal {

    public UnknownPaymentProviderException() {
        super(404, "PAYMENT_PROVIDER_NOT_FOUND", "Payment provider not found", "No such payment provider.");
    }
}
