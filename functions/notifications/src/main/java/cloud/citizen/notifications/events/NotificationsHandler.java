package cloud.citizen.notifications.events;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Named;

import org.jboss.logging.Logger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.ObjectMapper;

import cloud.citizen.notifications.domain.Dispatcher;
import cloud.citizen.notifications.domain.Notification;

/**
 * The SQS entry point. Reports each failed message separately (ReportBatchItemFailures), so one bad
 * message is retried alone and, after maxReceiveCount, lands in the DLQ; the rest of the batch is done.
 */
@Named("notifications")
public class NotificationsHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private static final Logger LOG = Logger.getLogger(NotificationsHandler.class);

    private final Dispatcher dispatcher;
    private final ObjectMapper json;

    public NotificationsHandler(Dispatcher dispatcher, ObjectMapper json) {
        this.dispatcher = dispatcher;
        this.json = json;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            try {
                Notification notification = json.readValue(message.getBody(), Notification.class);
                Dispatcher.Outcome outcome = dispatcher.dispatch(notification);
                if (outcome.isFailure()) {
                    LOG.warnf("%s: message %s, %s", outcome, message.getMessageId(), notification);
                    failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                } else {
                    LOG.infof("%s: %s", outcome, notification);
                }
            } catch (Exception e) {
                LOG.warnf("Delivery of message %s failed: %s", message.getMessageId(), e.getClass().getSimpleName());
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }
}
