package cloud.citizen.bills.service;

import java.time.Instant;
import java.time.YearMonth;

import cloud.citizen.bills.domain.BillKind;
import cloud.citizen.bills.domain.Payment;
import cloud.citizen.bills.domain.PaymentMethod;
import cloud.citizen.bills.domain.PaymentStatus;
import cloud.citizen.bills.domain.Receipt;

/**
 * Writes the receipt of a succeeded payment and remembers where it is. Idempotent: a payment that
 * has its receipt is skipped, and a receipt written twice (crash between the two steps) has the
 * same bytes, because it is rendered only from the event.
 */
public final class ReceiptIssuer {
    private final PaymentRecords records;
    private final ReceiptArchive archive;

    public ReceiptIssuer(PaymentRecords records, ReceiptArchive archive) {
        this.records = records;
        this.archive = archive;
    }

    /** @throws IllegalStateException for an event naming no succeeded payment (a poison message) */
    public void issue(PaymentSucceeded event) {
        Payment payment = records.find(event.paymentId())
                .orElseThrow(() -> new IllegalStateException("no payment " + event.paymentId()));
        if (payment.status() != PaymentStatus.SUCCEEDED) {
            throw new IllegalStateException("payment " + event.paymentId() + " has not succeeded");
        }
        if (payment.hasReceipt()) {
            return;
        }
        Receipt receipt = new Receipt(event.paymentId(), event.billId(), event.provider(), event.maskedAccountNumber(),
                BillKind.fromWire(event.kind()).orElseThrow(), YearMonth.parse(event.period()), event.amountFen(),
                PaymentMethod.fromWire(event.method()).orElseThrow(), Instant.parse(event.paidAt()));
        String key = keyFor(event.paymentId());
        archive.store(key, receipt.html());
        records.attachReceipt(event.paymentId(), key);
    }

    public static String keyFor(String paymentId) {
        return "receipts/" + paymentId + ".html";
    }
}
