package cloud.citizen.bills.domain;

import java.time.Instant;

/**
 * One attempt to pay one bill through one payment gateway ({@code method}). {@code failureReason} says why a failed
 * payment failed; {@code receiptKey} is set once the receipt has been written.
 */
public record Payment(String paymentId, String billId, String userId, PaymentMethod method, long amountFen,
        PaymentStatus status, String payUrl, Instant createdAt, Instant completedAt, String failureReason,
        String receiptKey) {

    public boolean hasReceipt() {
        return receiptKey != null;
    }
}
