package cloud.citizen.bills.service;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

import org.jboss.logging.Logger;

import cloud.citizen.bills.domain.AmountMismatchException;
import cloud.citizen.bills.domain.Bill;
import cloud.citizen.bills.domain.Payment;
import cloud.citizen.bills.domain.PaymentId;
import cloud.citizen.bills.domain.PaymentNotFoundException;
import cloud.citizen.bills.service.payments.PaymentGateway;
import cloud.citizen.bills.service.payments.PaymentGateways;
import cloud.citizen.bills.service.payments.VerifiedCallback;
import cloud.citizen.platform.metrics.BusinessMetrics;

/**
 * Applies a payment gateway's verdict on a payment, exactly once. The signature is checked before
 * anything is read; a payment that is already final is answered as it is (duplicates and late,
 * out-of-order callbacks change nothing); a success must carry the bill's exact amount.
 */
public class PaymentCallbacks {
    private static final Logger LOG = Logger.getLogger(PaymentCallbacks.class);

    private final PaymentGateways gateways;
    private final PaymentLedger ledger;
    private final PaymentRecords records;
    private final BillBook book;
    private final PaymentAnnouncements announcements;
    private final Clock clock;

    public PaymentCallbacks(PaymentGateways gateways, PaymentLedger ledger, PaymentRecords records, BillBook book,
            PaymentAnnouncements announcements, Clock clock) {
        this.gateways = gateways;
        this.ledger = ledger;
        this.records = records;
        this.book = book;
        this.announcements = announcements;
        this.clock = clock;
    }

    public Payment accept(String gatewayName, byte[] rawBody, Function<String, String> header) {
        PaymentGateway gateway = gateways.forCallback(gatewayName);
        Instant now = clock.instant();
        VerifiedCallback callback = gateway.verify(rawBody, header, now);
        if (!PaymentId.isWellFormed(callback.paymentId())) {
            throw new PaymentNotFoundException();
        }
        Payment payment = records.find(callback.paymentId()).filter(p -> p.method() == gateway.method())
                .orElseThrow(PaymentNotFoundException::new);
        if (payment.status().isFinal()) {
            return payment;
        }
        if (callback.succeeded()) {
            succeed(payment, callback, now);
        } else {
            ledger.fail(payment, callback.failureReason(), now);
            BusinessMetrics.count("PaymentsFailed", 1);
        }
        return records.find(payment.paymentId()).orElseThrow();
    }

    private void succeed(Payment payment, VerifiedCallback callback, Instant now) {
        if (callback.amountFen() != payment.amountFen()) {
            LOG.warnf("Callback for payment %s refused: amount differs from the bill's", payment.paymentId());
            throw new AmountMismatchException();
        }
        Bill bill = book.find(payment.billId()).orElseThrow(PaymentNotFoundException::new);
        PaymentLedger.Settlement settlement = ledger.succeed(payment, bill, callback.gatewayReference(), now,
                announcements.paid(bill, payment, now));
        if (settlement == PaymentLedger.Settlement.REFUND_NEEDED) {
            // recorded durably (GET /v1/payments/refunds-needed); the log line is for the alarm
            LOG.warnf("Payment %s succeeded at the payment gateway after bill %s was paid otherwise: refund recorded",
                    payment.paymentId(), payment.billId());
        }
    }
}
