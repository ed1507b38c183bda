package cloud.citizen.appointments.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import cloud.citizen.appointments.AppointmentsGraph;
import cloud.citizen.appointments.service.WaitlistPromotion;
import cloud.citizen.appointments.store.OutboxMessages;

/**
 * SQS entry point of WaitlistPromotionFunction (template.yaml): each seat-handover message books
 * the first waiter of its slot. Failed messages are reported one by one (ReportBatchItemFailures),
 * retried alone and, after maxReceiveCount, parked in the DLQ.
 * <p>
 * Deliberately not a {@code RequestHandler}: Quarkus refuses to build an HTTP function whose jar
 * also holds one; the Lambda runtime calls {@code handleRequest} by name all the same. No CDI
 * either: the graph is built from environment variables, so the handler starts fast.
 */
public class WaitlistPromotionHandler {
    private static final Logger LOG = Logger.getLogger(WaitlistPromotionHandler.class);

    private final WaitlistPromotion promotion;

    public WaitlistPromotionHandler() {
        this(AppointmentsGraph.fromEnvironment(System.getenv(), Clock.systemUTC()));
    }

    public WaitlistPromotionHandler(AppointmentsGraph graph) {
        this.promotion = graph.waitlistPromotion();
    }

    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            try {
                promotion.handOver(OutboxMessages.readSeatHandover(message.getBody()));
            } catch (RuntimeException e) {
                LOG.warnf("Hand-over message %s failed: %s", message.getMessageId(), e.getClass().getSimpleName());
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }
}
