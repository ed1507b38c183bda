package cloud.citizen.accounts.store;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.accounts.service.Account;
import cloud.citizen.platform.outbox.OutboxEvent;

/**
 * Events the accounts function announces. {@code contact} tells the notifications function a
 * user's phone, so other functions can message users by id without ever seeing a phone number.
 */
@ApplicationScoped
public class AccountEvents {
    private final String notificationsQueueUrl;
    private final ObjectMapper json;

    public AccountEvents(@ConfigProperty(name = "citizen.notifications.queue-url") String notificationsQueueUrl,
            ObjectMapper json) {
        this.notificationsQueueUrl = notificationsQueueUrl;
        this.json = json;
    }

    public OutboxEvent contactOf(Account account) {
        String eventId = OutboxEvent.newEventId();
        try {
            return new OutboxEvent(eventId, "contact", notificationsQueueUrl, json.writeValueAsString(Map.of(
                    "eventId", eventId, "type", "contact", "userId", account.userId(), "phone", account.phone())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
