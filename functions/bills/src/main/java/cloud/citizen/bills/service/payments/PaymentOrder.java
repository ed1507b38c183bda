package cloud.citizen.bills.service.payments;

import java.time.Instant;

import cloud.citizen.bills.domain.Bill;

/** A payment the platform asks a payment gateway to collect: the whole bill amount, in fen. */
public record PaymentOrder(String paymentId, Bill bill, Instant createdAt) {
}
