package cloud.citizen.votes.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import software.amazon.awssdk.services.sqs.model.Message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.emulator.testing.EmulatedAwsResource;

/** Reads a shared emulated queue for the messages a test expects, deleting only those. */
public final class QueueReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private QueueReader() {
    }

    /** Polls until {@code count} bodies match or ~10 s pass; returns what matched. */
    public static List<JsonNode> await(String queueLogicalId, int count, Predicate<JsonNode> wanted) throws Exception {
        return await(queueLogicalId, count, wanted, 10);
    }

    public static List<JsonNode> await(String queueLogicalId, int count, Predicate<JsonNode> wanted, int seconds)
            throws Exception {
        String url = EmulatedAwsResource.resources().queueUrl(queueLogicalId);
        var sqs = EmulatedAwsResource.aws().sqs();
        List<JsonNode> found = new ArrayList<>();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (found.size() < count && System.nanoTime() < deadline) {
            List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1)
                    .visibilityTimeout(1)).messages();
            for (Message message : messages) {
                JsonNode body = JSON.readTree(message.body());
                if (wanted.test(body)) {
                    found.add(body);
                    sqs.deleteMessage(d -> d.queueUrl(url).receiptHandle(message.receiptHandle()));
                }
            }
        }
        return found;
    }
}
