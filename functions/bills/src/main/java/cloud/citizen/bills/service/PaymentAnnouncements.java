package cloud.citizen.bills.service;

import java.time.Instant;
import java.util.List;

import cloud.citizen.bills.domain.Bill;
import cloud.citizen.bills.domain.Payment;
import cloud.citizen.platform.outbox.OutboxEvent;

/**
 * Port: the events that announce a paid bill (the receipt, the citizen's message, the usage for
 * stats), committed in the same transaction as the payment (outbox).
 */
public interface PaymentAnnouncements {

    List<OutboxEvent> paid(Bill bill, Payment payment, Instant paidAt);
}
