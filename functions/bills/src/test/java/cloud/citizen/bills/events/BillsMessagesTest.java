package cloud.citizen.bills.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cloud.citizen.bills.domain.Bill;
import cloud.citizen.bills.domain.BillKind;
import cloud.citizen.bills.domain.BillStatus;
import cloud.citizen.bills.domain.Payment;
import cloud.citizen.bills.domain.PaymentMethod;
import cloud.citizen.bills.domain.PaymentStatus;
import cloud.citizen.bills.domain.ProviderAccount;
import cloud.citizen.bills.service.PaymentSucceeded;
import cloud.citizen.platform.outbox.OutboxEvent;
import cloud.citizen.platform.usage.ServiceUse;
import cloud.citizen.platform.usage.UsageKind;

/** What a paid bill announces, and to which queue (docs/events.md). */
class BillsMessagesTest {
    private static final Instant PAID_AT = Instant.parse("2026-11-30T01:02:03Z");
    private final BillsMessages messages = new BillsMessages("receipts-queue", "notifications-queue", "stats-queue");
    private final Bill bill = new Bill("bill_0123456789abcdef01234567", new ProviderAccount("chengdu-gas", "G51000001"),
            BillKind.GAS, YearMonth.of(2026, 10), 8900, LocalDate.of(2026, 11, 20), BillStatus.UNPAID, null);
    private final Payment payment = new Payment("pay_1", bill.billId(), "u-1", PaymentMethod.SANDBOX, 8900,
            PaymentStatus.PENDING, "https://pay", PAID_AT.minusSeconds(60), null, null, null);

    @Test
    void paid_announcesTheReceipt_theCitizensMessage_andOnePaymentUsageForStats() throws Exception {
        List<OutboxEvent> events = messages.paid(bill, payment, PAID_AT);

        assertThat(events).extracting(OutboxEvent::queueUrl)
                .containsExactly("receipts-queue", "notifications-queue", "stats-queue");
        assertThat(events).extracting(OutboxEvent::eventId).doesNotHaveDuplicates();
        PaymentSucceeded receipt = BillsMessages.readPaymentSucceeded(events.get(0).body());
        assertThat(receipt.paymentId()).isEqualTo("pay_1");
        assertThat(receipt.maskedAccountNumber()).isEqualTo("*****0001");
        assertThat(events.get(1).body()).contains("\"type\":\"user-message\"").contains("¥89.00")
                .doesNotContain("G51000001");
        ServiceUse usage = ServiceUse.fromJson(events.get(2).body());
        assertThat(usage.kind()).isEqualTo(UsageKind.PAYMENT);
        assertThat(usage.userId()).isEqualTo("u-1");
        assertThat(usage.serviceId()).isEqualTo(Optional.of("bills.gas"));
        assertThat(usage.amountFen()).isEqualTo(8900);
        assertThat(usage.occurredAt()).isEqualTo(PAID_AT);
        assertThat(usage.eventId()).isEqualTo(events.get(2).eventId());
    }
}
