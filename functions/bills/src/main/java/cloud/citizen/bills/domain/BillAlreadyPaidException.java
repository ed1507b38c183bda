package cloud.citizen.bills.domain;

/** Paying a bill that a succeeded payment already paid. */
public final class BillAlreadyPaidException extends BillsRefusal {

    public BillAlreadyPaidException() {
        super(409, "BILL_ALREADY_PAID", "Bill already paid", "This bill has already been paid.");
    }
}
