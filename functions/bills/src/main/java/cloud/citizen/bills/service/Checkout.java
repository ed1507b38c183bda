package cloud.citizen.bills.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cloud.citizen.bills.domain.Bill;
import cloud.citizen.bills.domain.BillAlreadyPaidException;
import cloud.citizen.bills.domain.Payment;
import cloud.citizen.bills.domain.PaymentId;
import cloud.citizen.bills.domain.PaymentMethod;
import cloud.citizen.bills.domain.PaymentStatus;
import cloud.citizen.bills.service.payments.GatewayCheckout;
import cloud.citizen.bills.service.payments.PaymentGateway;
import cloud.citizen.bills.service.payments.PaymentGateways;
import cloud.citizen.bills.service.payments.PaymentOrder;

/**
 * Starts paying a bill: one pending payment holds the bill, so a second attempt gets 409 until
 * the first ends (or its hold runs out: a citizen who walked away from a payment page must be
 * able to pay later).
 */
public class Checkout {
    /** As long as the payment gateways keep a checkout page open. */
    static final Duration HOLD = Duration.ofMinutes(15);

    private final BillAccess access;
    private final PaymentGateways gateways;
    private final PaymentLedger ledger;
    private final Clock clock;

    public Checkout(BillAccess access, PaymentGateways gateways, PaymentLedger ledger, Clock clock) {
        this.access = access;
        this.gateways = gateways;
        this.ledger = ledger;
        this.clock = clock;
    }

    public Payment start(String userId, String billId, PaymentMethod method) {
        Bill bill = access.billFor(userId, billId);
        if (bill.isPaid()) {
            throw new BillAlreadyPaidException(); // a quick answer; the ledger's condition is what guarantees it
        }
        PaymentGateway gateway = gateways.forMethod(method);
        Instant now = clock.instant();
        String paymentId = PaymentId.next();
        GatewayCheckout checkout = gateway.begin(new PaymentOrder(paymentId, bill, now));
        Payment payment = new Payment(paymentId, bill.billId(), userId, method, bill.amountFen(),
                PaymentStatus.PENDING, checkout.payUrl(), now, null, null, null);
        ledger.open(payment, now.plus(HOLD), now, checkout.requests());
        return payment;
    }
}
