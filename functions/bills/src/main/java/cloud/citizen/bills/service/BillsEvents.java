package cloud.citizen.bills.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.bills.domain.Bill;
import cloud.citizen.bills.domain.Money;
import cloud.citizen.bills.domain.Payment;
import cloud.citizen.platform.outbox.OutboxEvent;

/**
 * The events the bills function publishes through its outbox: {@code PaymentSucceeded} for the
 * receipt worker, and a {@code user-message} for the notifications function (its contract:
 * {@code {"eventId","type":"user-message","userId","text"}}).
 */
public final class BillsEvents {
    public static final String USER_MESSAGE = "user-message";
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final String receiptQueueUrl;
    private final String notificationsQueueUrl;

    public BillsEvents(String receiptQueueUrl, String notificationsQueueUrl) {
        this.receiptQueueUrl = receiptQueueUrl;
        this.notificationsQueueUrl = notificationsQueueUrl;
    }

    public List<OutboxEvent> paid(Bill bill, Payment payment, Instant paidAt) {
        String eventId = OutboxEvent.newEventId();
        PaymentSucceeded succeeded = new PaymentSucceeded(eventId, PaymentSucceeded.TYPE, payment.paymentId(),
                bill.billId(), payment.userId(), bill.account().provider(), bill.account().maskedAccountNumber(),
                bill.kind().wireName(), bill.period().toString(), payment.amountFen(), payment.method().wireName(),
                paidAt.toString());
        String messageId = OutboxEvent.newEventId();
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("eventId", messageId);
        message.put("type", USER_MESSAGE);
        message.put("userId", payment.userId());
        message.put("text", "您的" + bill.kind().chineseName() + "账单（" + bill.period() + "）已缴纳 "
                + Money.yuan(payment.amountFen()) + "，电子凭证可在缴费记录中查看。");
        return List.of(new OutboxEvent(eventId, PaymentSucceeded.TYPE, receiptQueueUrl, write(succeeded)),
                new OutboxEvent(messageId, USER_MESSAGE, notificationsQueueUrl, write(message)));
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
