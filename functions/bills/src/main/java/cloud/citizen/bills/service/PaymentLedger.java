package cloud.citizen.bills.service;

import java.time.Instant;
import java.util.List;

import cloud.citizen.bills.domain.Bill;
import cloud.citizen.bills.domain.Payment;
import cloud.citizen.platform.outbox.OutboxEvent;

/**
 * Port: payments and the bill state they change. Every state change is one conditional write or
 * transaction, never read-then-write, so concurrent requests and duplicate callbacks cannot pay a
 * bill twice. Events passed in are committed with the change (outbox) and delivered after it.
 */
public interface PaymentLedger {

    /** How settling a succeeded payment ended. */
    enum Settlement {
        /** This call moved the payment to succeeded and the bill to paid (also after its hold was taken over). */
        SETTLED,
        /** The payment was already final (a duplicate or late callback): nothing changed. */
        ALREADY_FINAL,
        /** Another payment had paid the bill: this one failed, and the refund it needs was recorded with it. */
        REFUND_NEEDED
    }

    /**
     * Records a pending payment and holds its bill for it until {@code holdUntil}, in one transaction.
     *
     * @throws cloud.citizen.bills.domain.BillAlreadyPaidException if the bill is paid
     * @throws cloud.citizen.bills.domain.PaymentInProgressException if another payment holds the bill
     */
    void open(Payment payment, Instant holdUntil, Instant now, List<OutboxEvent> events);

    /**
     * pending -> succeeded, and the bill -> paid, with the events, in one transaction, while the bill
     * is unpaid; else pending -> failed with a refund-needed record, in one transaction.
     */
    Settlement succeed(Payment payment, Bill bill, String gatewayReference, Instant at, List<OutboxEvent> events);

    /** pending -> failed and the bill released; false if the payment was already final. */
    boolean fail(Payment payment, String reason, Instant at);
}
