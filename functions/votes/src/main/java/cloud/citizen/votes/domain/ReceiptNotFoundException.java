package cloud.citizen.votes.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** No counted ballot of the election has this receipt. */
@ErrorDoc(status = 404, code = "RECEIPT_NOT_FOUND", meaning = "No ballot with this receipt was counted", hint = "Check the receipt; contact the community office if it was copied exactly.")
public final class ReceiptNotFoundException extends Refusal {
    public ReceiptNotFoundException(String detail) {
        super(404, "RECEIPT_NOT_FOUND", detail);
    }
}
