package cloud.citizen.bills.service;

import java.util.Optional;

import cloud.citizen.bills.domain.Payment;

/** Port: reading a payment, and noting where its receipt is. */
public interface PaymentRecords {

    Optional<Payment> find(String paymentId);

    void attachReceipt(String paymentId, String receiptKey);
}
