package cloud.citizen.bills.domain;

/** A provider callback whose amount is not the bill's: nothing changes. */
public final class AmountMismatchException extends BillsRefusal {

    public AmountMismatchException() {
        super(422, "AMOUNT_MISMATCH", "Amount mismatch", "The amount in the callback differs from the bill's amount.");
    }
}
