package cloud.citizen.bills.service;

import cloud.citizen.bills.domain.Payment;
import cloud.citizen.bills.domain.PaymentId;
import cloud.citizen.bills.domain.PaymentNotFoundException;
import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;

/** A citizen's own payments; anyone else's payment does not exist for them. */
public class PaymentQueries {
    private final PaymentRecords records;
    private final PaymentHistory history;
    private final ReceiptLinks receipts;

    public PaymentQueries(PaymentRecords records, PaymentHistory history, ReceiptLinks receipts) {
        this.records = records;
        this.history = history;
        this.receipts = receipts;
    }

    /** A payment and, once its receipt exists, a short-lived link to it. */
    public record PaymentWithReceipt(Payment payment, String receiptUrl) {
    }

    public PaymentWithReceipt paymentFor(String userId, String paymentId) {
        if (!PaymentId.isWellFormed(paymentId)) {
            throw new PaymentNotFoundException(); // before any read: an id of another shape names nothing
        }
        Payment payment = records.find(paymentId).filter(p -> p.userId().equals(userId))
                .orElseThrow(PaymentNotFoundException::new);
        return new PaymentWithReceipt(payment, payment.hasReceipt() ? receipts.linkTo(payment.receiptKey()) : null);
    }

    public Page<Payment> paymentsOf(String userId, PageRequest page) {
        return history.paymentsOf(userId, page);
    }
}
