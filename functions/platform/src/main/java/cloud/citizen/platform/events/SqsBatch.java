package cloud.citizen.platform.events;

import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

/**
 * The one SQS partial-batch loop: each message of a batch runs on its own, and only the ones that
 * failed are reported (template.yaml sets {@code ReportBatchItemFailures} on every SQS event
 * source), so the rest are not redelivered and a poison message reaches its DLQ alone after
 * maxReceiveCount.
 */
public final class SqsBatch {
    private static final Logger LOG = Logger.getLogger(SqsBatch.class);

    /** The work for one message body; throwing means "deliver it again later". */
    @FunctionalInterface
    public interface MessageWork {
        void process(String body) throws Exception;
    }

    private SqsBatch() {
    }

    public static SQSBatchResponse process(SQSEvent event, MessageWork work) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSEvent.SQSMessage> records = event.getRecords() == null ? List.of() : event.getRecords();
        for (SQSEvent.SQSMessage message : records) {
            try {
                work.process(message.getBody());
            } catch (Exception e) {
                // message ids only: bodies may carry personal data
                LOG.warnf("Message %s failed and will be retried: %s", message.getMessageId(),
                        e.getClass().getSimpleName());
                failures.add(SQSBatchResponse.BatchItemFailure.builder()
                        .withItemIdentifier(message.getMessageId()).build());
            }
        }
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }
}
