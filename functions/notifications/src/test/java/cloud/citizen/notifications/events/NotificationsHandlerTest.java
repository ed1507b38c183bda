package cloud.citizen.notifications.events;

import static cloud.citizen.notifications.testing.NotificationsFixtures.deliveredTo;
import static cloud.citizen.notifications.testing.NotificationsFixtures.json;
import static cloud.citizen.notifications.testing.NotificationsFixtures.message;
import static cloud.citizen.notifications.testing.NotificationsFixtures.newId;
import static cloud.citizen.notifications.testing.NotificationsFixtures.newPhone;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.sqs.model.Message;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;

import cloud.citizen.emulator.testing.LambdaEvents;
import cloud.citizen.notifications.testing.NotificationsFixtures;

/** Drives the consumer through its real Lambda entry point with SQS events shaped like Lambda's. */
class NotificationsHandlerTest {
    private final NotificationsHandler handler = new NotificationsHandler(NotificationsFixtures.components());

    @Test
    void sms_isDeliveredOnce_evenWhenTheQueueDeliversItTwice() throws Exception {
        String phone = newPhone();
        String body = json(Map.of("eventId", newId("e-"), "type", "sms", "phone", phone, "text", "验证码 123456"));

        assertThat(invoke(message("m1", body), message("m2", body))).isEmpty();
        assertThat(invoke(message("m3", body))).isEmpty();

        assertThat(deliveredTo(phone)).containsExactly("验证码 123456");
    }

    @Test
    void malformedMessages_areReportedAsBatchItemFailures_andTheRestIsDelivered() throws Exception {
        String phone = newPhone();
        String good = json(Map.of("eventId", newId("e-"), "type", "sms", "phone", phone, "text", "好"));

        List<String> failed = invoke(message("bad-json", "{not json"),
                message("good", good),
                message("bad-type", json(Map.of("eventId", newId("e-"), "type", "fax", "phone", phone, "text", "x"))),
                message("bad-phone", json(Map.of("eventId", newId("e-"), "type", "sms", "phone", "12", "text", "x"))));

        assertThat(failed).containsExactlyInAnyOrder("bad-json", "bad-type", "bad-phone");
        assertThat(deliveredTo(phone)).containsExactly("好");
    }

    @Test
    void userMessage_goesToThePhoneTheContactEventReported() throws Exception {
        String userId = newId("u-");
        String phone = newPhone();

        assertThat(invoke(message("c", json(Map.of("eventId", newId("e-"), "type", "contact",
                "userId", userId, "phone", phone))))).isEmpty();
        assertThat(invoke(message("u", json(Map.of("eventId", newId("e-"), "type", "user-message",
                "userId", userId, "text", "您的预约已确认"))))).isEmpty();

        assertThat(deliveredTo(phone)).containsExactly("您的预约已确认");
    }

    @Test
    void userMessage_withoutKnownContact_isRetriedLater() throws Exception {
        List<String> failed = invoke(message("early", json(Map.of("eventId", newId("e-"),
                "type", "user-message", "userId", newId("u-"), "text", "hi"))));

        assertThat(failed).containsExactly("early");
    }

    private List<String> invoke(Message... messages) {
        SQSBatchResponse response = handler.handleRequest(LambdaEvents.sqs(messages), null);
        return response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .toList();
    }
}
