package cloud.citizen.bills.service;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cloud.citizen.bills.domain.AmountMismatchException;
import cloud.citizen.bills.domain.Bill;
import cloud.citizen.bills.domain.Payment;
import cloud.citizen.bills.domain.PaymentNotFoundException;
import cloud.citizen.bills.providers.PaymentProvider;
import cloud.citizen.bills.providers.PaymentProviders;
import cloud.citizen.bills.providers.ProviderCallback;

/**
 * Applies a provider's verdict on a payment, exactly once. The signature is checked before
 * anything is read; a payment that is already final is answered as it is (duplicates and late,
 * out-of-order callbacks change nothing); a success must carry the bill's exact amount.
 */
@ApplicationScoped
public class PaymentCallbacks {
    private static final Logger LOG = Logger.getLogger(PaymentCallbacks.class);

    private final PaymentProviders providers;
    private final PaymentLedger ledger;
    private final PaymentRecords records;
    private final BillBook book;
    private final BillsEvents events;
    private final Clock clock;

    public PaymentCallbacks(PaymentProviders providers, PaymentLedger ledger, PaymentRecords records, BillBook book,
            BillsEvents events, Clock clock) {
        this.providers = providers;
        this.ledger = ledger;
        this.records = records;
        this.book = book;
        this.events = events;
        this.clock = clock;
    }

    public Payment accept(String providerName, byte[] rawBody, Function<String, String> header) {
        PaymentProvider provider = providers.forCallback(providerName);
        Instant now = clock.instant();
        ProviderCallback callback = provider.verify(rawBody, header, now);
        Payment payment = records.find(callback.paymentId()).filter(p -> p.method() == provider.method())
                .orElseThrow(PaymentNotFoundException::new);
        if (payment.status().isFinal()) {
            return payment;
        }
        if (callback.succeeded()) {
            succeed(payment, callback, now);
        } else {
            ledger.fail(payment, callback.failureReason(), now);
        }
        return records.find(payment.paymentId()).orElseThrow();
    }

    private void succeed(Payment payment, ProviderCallback callback, Instant now) {
        if (callback.amountFen() != payment.amountFen()) {
            LOG.warnf("Callback for payment %s refused: amount differs from the bill's", payment.paymentId());
            throw new AmountMismatchException();
        }
        Bill bill = book.find(payment.billId()).orElseThrow(PaymentNotFoundException::new);
        PaymentLedger.Settlement settlement = ledger.succeed(payment, bill, callback.providerReference(), now,
                events.paid(bill, payment, now));
        if (settlement == PaymentLedger.Settlement.SUPERSEDED) {
            // money was collected for a bill that another payment had paid: operations must refund it
            LOG.warnf("Payment %s succeeded at the provider after bill %s was paid otherwise: refund required",
                    payment.paymentId(), payment.billId());
        }
    }
}
