package cloud.citizen.bills.domain;

import java.time.Instant;

/**
 * Money a payment gateway collected for a bill that another payment had paid by then (the first
 * payment's hold ran out, a second one took it over and won): operations must refund it.
 */
public record RefundNeeded(String paymentId, String billId, String userId, PaymentMethod method, long amountFen,
        String gatewayReference, Instant recordedAt) {
}
