package cloud.citizen.votes.domain;

import cloud.citizen.platform.problem.Refusal;

/** No counted ballot of the election has this receipt. */
public final class ReceiptNotFoundException extends Refusal {
    public ReceiptNotFoundException(String detail) {
        super(404, "RECEIPT_NOT_FOUND", detail);
    }
}
