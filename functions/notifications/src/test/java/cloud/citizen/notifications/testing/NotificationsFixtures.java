package cloud.citizen.notifications.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import software.amazon.awssdk.services.sqs.model.Message;

import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.emulator.EmulatedStack;
import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.notifications.NotificationsComponents;
import cloud.citizen.notifications.NotificationsSettings;
import cloud.citizen.notifications.store.NotificationsTable;
import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;

/**
 * The notifications tests' one fixture class: unique ids, the function built from its template
 * environment on the emulators (SMS through the file gateway), and the SMS it delivered.
 */
public final class NotificationsFixtures {
    public static final Path DELIVERY_LOG = Path.of("target/sms-delivery.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong COUNTER = new AtomicLong();
    /** Per run, so that ids stay apart even in a table that outlives the JVM. */
    private static final long RUN = ProcessHandle.current().pid() % 100;

    private NotificationsFixtures() {
    }

    /** A mobile number no other test of this run uses. */
    public static String newPhone() {
        return "137" + String.format("%02d%06d", RUN, COUNTER.incrementAndGet() % 1_000_000);
    }

    /** An id with a readable prefix ("e-" for events, "u-" for users). */
    public static String newId(String prefix) {
        return prefix + RUN + "-" + COUNTER.incrementAndGet();
    }

    /** NotificationsFunction's environment from template.yaml, with the file gateway writing to {@link #DELIVERY_LOG}. */
    public static Environment environment() {
        EmulatedStack stack = EmulatedAwsResource.stack();
        Map<String, String> variables = new HashMap<>(stack.environmentOf(
                stack.template().function("NotificationsFunction"), Map.of("SmsGateway", "file")));
        variables.put("SMS_DELIVERY_LOG", DELIVERY_LOG.toString());
        return Environment.of(variables);
    }

    public static NotificationsComponents components() {
        Environment env = environment();
        return new NotificationsComponents(NotificationsSettings.from(env), AwsClients.from(env), Clock.systemUTC());
    }

    public static NotificationsTable table() {
        return new NotificationsTable(EmulatedAwsResource.resources().tableName("NotificationsTable"));
    }

    /** A message as the SQS poller hands it over. */
    public static Message message(String id, String body) {
        return Message.builder().messageId(id).receiptHandle("rh-" + id).body(body).build();
    }

    public static String json(Map<String, String> value) throws IOException {
        return JSON.writeValueAsString(value);
    }

    /** The texts the file gateway delivered to this phone, oldest first. */
    public static List<String> deliveredTo(String phone) throws IOException {
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
}
