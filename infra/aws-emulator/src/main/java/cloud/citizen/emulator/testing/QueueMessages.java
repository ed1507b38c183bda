package cloud.citizen.emulator.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Reads what a function sent to a queue, for tests that share the queue with others: takes the
 * messages whose body matches (deleting them) and makes every other message visible again at
 * once, so a parallel test still finds its own.
 */
public final class QueueMessages {
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private QueueMessages() {
    }

    /** The matching messages, waiting up to a few seconds until there are at least {@code atLeast}. */
    public static List<Message> take(SqsClient sqs, String queueUrl, Predicate<String> wantedBody, int atLeast) {
        List<Message> taken = new ArrayList<>();
        Instant deadline = Instant.now().plus(PATIENCE);
        do {
            for (Message message : sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)
                    .waitTimeSeconds(taken.size() >= atLeast ? 0 : 1)).messages()) {
                if (wantedBody.test(message.body())) {
                    taken.add(message);
                    sqs.deleteMessage(d -> d.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
                } else {
                    sqs.changeMessageVisibility(c -> c.queueUrl(queueUrl).receiptHandle(message.receiptHandle())
                            .visibilityTimeout(0));
                }
            }
        } while (taken.size() < atLeast && Instant.now().isBefore(deadline));
        return taken;
    }
}
