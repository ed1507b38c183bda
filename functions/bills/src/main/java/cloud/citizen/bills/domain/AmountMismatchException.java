package cloud.citizen.bills.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** A payment callback whose amount is not the bill's: nothing changes. */
@ErrorDoc(status = 422, code = "AMOUNT_MISMATCH", meaning = "The callback amount differs from the bill", hint = "Payment providers only: check the amount sent.")
public final class AmountMismatchException extends Refusal {

    public AmountMismatchException() {
        super(422, "AMOUNT_MISMATCH", "Amount mismatch", "The amount in the callback differs from the bill's amount.");
    }
}
