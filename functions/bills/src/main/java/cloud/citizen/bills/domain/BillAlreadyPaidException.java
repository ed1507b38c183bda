package cloud.citizen.bills.domain;

import cloud.citizen.platform.problem.Refusal;

/** Paying a bill that a succeeded payment already paid. */
public final class BillAlreadyPaidException extends Refusal {

    public BillAlreadyPaidException() {
        super(409, "BILL_ALREADY_PAID", "Bill already paid", "This bill has already been paid.");
    }
}
