package cloud.citizen.notifications.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.emulator.testing.EmulatedAwsTest;
import io.quarkus.test.junit.QuarkusTest;

/** Drives the consumer through its real Lambda entry point with SQS events shaped like Lambda's. */
@QuarkusTest
@EmulatedAwsTest(parameters = "SmsGateway=file")
class NotificationsHandlerTest {
    private static final Path DELIVERY_LOG = Path.of("target/sms-delivery.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sms_isDeliveredOnce_evenWhenTheQueueDeliversItTwice() throws Exception {
        String phone = newPhone();
        String body = json(Map.of("eventId", UUID.randomUUID().toString(), "type", "sms", "phone", phone,
                "text", "验证码 123456"));

        assertThat(invoke(message("m1", body), message("m2", body))).isEmpty();
        assertThat(invoke(message("m3", body))).isEmpty();

        assertThat(deliveredTo(phone)).containsExactly("验证码 123456");
    }

    @Test
    void malformedMessages_areReportedAsBatchItemFailures_andTheRestIsDelivered() throws Exception {
        String phone = newPhone();
        String good = json(Map.of("eventId", UUID.randomUUID().toString(), "type", "sms", "phone", phone, "text", "好"));

        List<String> failed = invoke(message("bad-json", "{not json"),
                message("good", good),
                message("bad-type", json(Map.of("eventId", "e", "type", "fax", "phone", phone, "text", "x"))),
                message("bad-phone", json(Map.of("eventId", "e2", "type", "sms", "phone", "12", "text", "x"))));

        assertThat(failed).containsExactlyInAnyOrder("bad-json", "bad-type", "bad-phone");
        assertThat(deliveredTo(phone)).containsExactly("好");
    }

    @Test
    void userMessage_goesToThePhoneTheContactEventReported() throws Exception {
        String userId = UUID.randomUUID().toString();
        String phone = newPhone();

        assertThat(invoke(message("c", json(Map.of("eventId", UUID.randomUUID().toString(), "type", "contact",
                "userId", userId, "phone", phone))))).isEmpty();
        assertThat(invoke(message("u", json(Map.of("eventId", UUID.randomUUID().toString(), "type", "user-message",
                "userId", userId, "text", "您的预约已确认"))))).isEmpty();

        assertThat(deliveredTo(phone)).containsExactly("您的预约已确认");
    }

    @Test
    void userMessage_withoutKnownContact_isRetriedLater() throws Exception {
        List<String> failed = invoke(message("early", json(Map.of("eventId", UUID.randomUUID().toString(),
                "type", "user-message", "userId", UUID.randomUUID().toString(), "text", "hi"))));

        assertThat(failed).containsExactly("early");
    }

    private static List<String> invoke(Map<?, ?>... messages) {
        List<Map<String, String>> failures = given().contentType("application/json").accept("application/json")
                .body(Map.of("Records", List.of(messages))).post()
                .then().statusCode(200).extract().path("batchItemFailures");
        List<String> ids = new ArrayList<>();
        failures.forEach(failure -> ids.add(failure.get("itemIdentifier")));
        return ids;
    }

    private static Map<String, Object> message(String id, String body) {
        return Map.of("messageId", id, "receiptHandle", "rh-" + id, "body", body, "eventSource", "aws:sqs",
                "eventSourceARN", "arn:aws:sqs:us-east-1:000000000000:NotificationsQueue", "awsRegion", "us-east-1",
                "attributes", Map.of("ApproximateReceiveCount", "1"), "messageAttributes", Map.of());
    }

    private static List<String> deliveredTo(String phone) throws IOException {
        List<String> texts = new ArrayList<>();
        if (Files.exists(DELIVERY_LOG)) {
            for (String line : Files.readAllLines(DELIVERY_LOG)) {
                var entry = JSON.readTree(line);
                if (phone.equals(entry.path("phone").asText())) {
                    texts.add(entry.path("text").asText());
                }
            }
        }
        return texts;
    }

    private static String json(Map<String, String> value) throws Exception {
        return JSON.writeValueAsString(value);
    }

    private static String newPhone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
