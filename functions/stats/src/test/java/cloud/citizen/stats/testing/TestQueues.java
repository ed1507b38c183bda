package cloud.citizen.stats.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import cloud.citizen.emulator.testing.EmulatedAwsResource;

/** The emulated queues as a Lambda event source reads them: receive, and release or delete. */
public final class TestQueues {
    private TestQueues() {
    }

    private static SqsClient sqs() {
        return EmulatedAwsResource.aws().sqs();
    }

    public static String url(String logicalId) {
        return EmulatedAwsResource.resources().queueUrl(logicalId);
    }

    public static void send(String queueUrl, String body) {
        sqs().sendMessage(s -> s.queueUrl(queueUrl).messageBody(body));
    }

    /** The first message whose body matches within the wait, received (invisible to others) but not deleted. */
    public static Optional<Message> take(String queueUrl, Predicate<String> body, Duration wait) {
        Instant deadline = Instant.now().plus(wait);
        while (Instant.now().isBefore(deadline)) {
            Optional<Message> found = Optional.empty();
            for (Message message : sqs().receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)
                    .waitTimeSeconds(1).visibilityTimeout(30)).messages()) {
                if (found.isEmpty() && body.test(message.body())) {
                    found = Optional.of(message);
                } else {
                    release(queueUrl, message);
                }
            }
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    public static void release(String queueUrl, Message message) {
        sqs().changeMessageVisibility(c -> c.queueUrl(queueUrl).receiptHandle(message.receiptHandle())
                .visibilityTimeout(0));
    }

    public static void delete(String queueUrl, Message message) {
        sqs().deleteMessage(d -> d.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
    }
}
