package cloud.citizen.accounts.store;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import software.amazon.awssdk.services.sqs.SqsClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.accounts.service.SmsOutbox;

/**
 * Puts an SMS on the notifications queue. The message format is the notifications function's
 * contract: {@code {"eventId", "type": "sms", "phone", "text"}}; eventId lets it drop duplicates.
 */
@ApplicationScoped
public class QueuedSmsOutbox implements SmsOutbox {
    private final SqsClient sqs;
    private final String queueUrl;
    private final ObjectMapper json;

    public QueuedSmsOutbox(SqsClient sqs, @ConfigProperty(name = "citizen.notifications.queue-url") String queueUrl,
            ObjectMapper json) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.json = json;
    }

    @Override
    public void send(String phone, String text) {
        try {
            String body = json.writeValueAsString(Map.of("eventId", UUID.randomUUID().toString(), "type", "sms",
                    "phone", phone, "text", text));
            sqs.sendMessage(send -> send.queueUrl(queueUrl).messageBody(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
