package cloud.citizen.accounts.store;

import java.util.function.Supplier;

import software.amazon.awssdk.services.sqs.SqsClient;

import cloud.citizen.accounts.events.AccountsMessages;
import cloud.citizen.accounts.service.SmsSender;

/**
 * Sends an SMS by putting it straight on the notifications queue (no outbox: sending a code
 * changes no state here that the message would have to agree with; if the send fails, the
 * request fails and the citizen asks again).
 */
public class QueuedSmsSender implements SmsSender {
    private final Supplier<SqsClient> sqs;
    private final AccountsMessages messages;

    public QueuedSmsSender(Supplier<SqsClient> sqs, AccountsMessages messages) {
        this.sqs = sqs;
        this.messages = messages;
    }

    @Override
    public void send(String phone, String text) {
        String body = messages.sms(phone, text);
        sqs.get().sendMessage(send -> send.queueUrl(messages.notificationsQueueUrl()).messageBody(body));
    }
}
