package cloud.citizen.bills.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import cloud.citizen.emulator.testing.EmulatedAwsResource;

/** Reads the emulated queues as a Lambda event source would, picking out one test's messages. */
public final class Queues {
    private Queues() {
    }

    private static SqsClient sqs() {
        return EmulatedAwsResource.aws().sqs();
    }

    /** The first message whose body matches, waiting up to 10 s (delayed queues need a few); others stay queued. */
    public static Message take(String queueUrl, Predicate<String> body) {
        List<Message> found = takeAll(queueUrl, body, Duration.ofSeconds(10), 1);
        if (found.isEmpty()) {
            throw new AssertionError("no matching message arrived on " + queueUrl + " within 10 s");
        }
        return found.get(0);
    }

    /** Every matching message visible within the wait (at most {@code max}), received but not deleted. */
    public static List<Message> takeAll(String queueUrl, Predicate<String> body, Duration wait, int max) {
        List<Message> found = new ArrayList<>();
        Instant deadline = Instant.now().plus(wait);
        while (Instant.now().isBefore(deadline) && found.size() < max) {
            for (Message message : sqs().receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)
                    .waitTimeSeconds(1).visibilityTimeout(30)
                    .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages()) {
                if (body.test(message.body()) && found.size() < max) {
                    found.add(message);
                } else {
                    release(queueUrl, message);
                }
            }
        }
        return found;
    }

    public static void release(String queueUrl, Message message) {
        sqs().changeMessageVisibility(c -> c.queueUrl(queueUrl).receiptHandle(message.receiptHandle())
                .visibilityTimeout(0));
    }

    public static void delete(String queueUrl, Message message) {
        sqs().deleteMessage(d -> d.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
    }
}
