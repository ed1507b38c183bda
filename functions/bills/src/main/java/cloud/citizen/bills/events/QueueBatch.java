package cloud.citizen.bills.events;

import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

/**
 * Runs each message of an SQS batch on its own and reports the ones that failed, so that only
 * those are redelivered (ReportBatchItemFailures) and, after maxReceiveCount, land in the DLQ.
 */
final class QueueBatch {
    private static final Logger LOG = Logger.getLogger(QueueBatch.class);

    /** The work for one message; throwing means "deliver it again later". */
    interface MessageWork {
        void process(SQSEvent.SQSMessage message) throws Exception;
    }

    private QueueBatch() {
    }

    static SQSBatchResponse process(SQSEvent event, MessageWork work) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            try {
                work.process(message);
            } catch (Exception e) {
                // message ids only: bodies carry account numbers and amounts
                LOG.warnf("Message %s failed and will be retried: %s", message.getMessageId(),
                        e.getClass().getSimpleName());
                failures.add(SQSBatchResponse.BatchItemFailure.builder()
                        .withItemIdentifier(message.getMessageId()).build());
            }
        }
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }
}
