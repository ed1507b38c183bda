package cloud.citizen.bills.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.bills.domain.Bill;
import cloud.citizen.bills.domain.Money;
import cloud.citizen.bills.domain.Payment;
import cloud.citizen.bills.service.PaymentAnnouncements;
import cloud.citizen.bills.service.PaymentSucceeded;
import cloud.citizen.platform.outbox.OutboxEvent;
import cloud.citizen.platform.usage.ServiceUse;
import cloud.citizen.platform.usage.UsageKind;

/**
 * The messages the bills function publishes through its outbox when a bill is paid, and reads
 * back: {@code PaymentSucceeded} for the receipt worker (ReceiptQueue); a {@code user-message} for
 * the notifications function ({@code {"eventId","type":"user-message","userId","text"}}); and a
 * {@code usage} of kind payment for stats, with the fixed service id {@code bills.<kind>}
 * (docs/events.md). The message telling a citizen that a holder change ended their binding is
 * built the same way ({@link HolderChangeMessages}).
 */
public final class BillsMessages implements PaymentAnnouncements {
    public static final String USER_MESSAGE = "user-message";
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final String receiptQueueUrl;
    private final String notificationsQueueUrl;
    private final String statsQueueUrl;

    public BillsMessages(String receiptQueueUrl, String notificationsQueueUrl, String statsQueueUrl) {
        this.receiptQueueUrl = receiptQueueUrl;
        this.notificationsQueueUrl = notificationsQueueUrl;
        this.statsQueueUrl = statsQueueUrl;
    }

    @Override
    public List<OutboxEvent> paid(Bill bill, Payment payment, Instant paidAt) {
        return List.of(paymentSucceeded(bill, payment, paidAt), userMessage(bill, payment),
                usage(bill, payment, paidAt));
    }

    private OutboxEvent paymentSucceeded(Bill bill, Payment payment, Instant paidAt) {
        String eventId = OutboxEvent.newEventId();
        PaymentSucceeded succeeded = new PaymentSucceeded(eventId, PaymentSucceeded.TYPE, payment.paymentId(),
                bill.billId(), payment.userId(), bill.account().provider(), bill.account().maskedAccountNumber(),
                bill.kind().wireName(), bill.period().toString(), payment.amountFen(), payment.method().wireName(),
                paidAt.toString());
        return new OutboxEvent(eventId, PaymentSucceeded.TYPE, receiptQueueUrl, write(succeeded));
    }

    private OutboxEvent userMessage(Bill bill, Payment payment) {
        return userMessage(OutboxEvent.newEventId(), payment.userId(), "您的" + bill.kind().chineseName() + "账单（"
                + bill.period() + "）已缴纳 " + Money.yuan(payment.amountFen()) + "，电子凭证可在缴费记录中查看。",
                notificationsQueueUrl);
    }

    /**
     * A text for one citizen, shown by the notifications function:
     * {@code {"eventId","type":"user-message","userId","text"}}.
     */
    static OutboxEvent userMessage(String eventId, String userId, String text, String notificationsQueueUrl) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventId", eventId);
        message.put("type", USER_MESSAGE);
        message.put("userId", userId);
        message.put("text", text);
        return new OutboxEvent(eventId, USER_MESSAGE, notificationsQueueUrl, write(message));
    }

    private OutboxEvent usage(Bill bill, Payment payment, Instant paidAt) {
        return ServiceUse.of(UsageKind.PAYMENT, payment.userId(), Optional.of(serviceIdOf(bill)),
                payment.amountFen(), paidAt).toOutboxEvent(statsQueueUrl);
    }

    /** The catalog's id of the service a bill is paid through (docs/events.md): {@code bills.water}, ... */
    static String serviceIdOf(Bill bill) {
        return "bills." + bill.kind().wireName();
    }

    /** @throws IOException when the text is not a PaymentSucceeded event */
    public static PaymentSucceeded readPaymentSucceeded(String json) throws IOException {
        PaymentSucceeded event = JSON.readValue(json, PaymentSucceeded.class);
        if (event.paymentId() == null || !PaymentSucceeded.TYPE.equals(event.type())) {
            throw new IOException("not a PaymentSucceeded event");
        }
        return event;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
