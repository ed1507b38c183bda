package cloud.citizen.notifications.events;

import org.jboss.logging.Logger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import cloud.citizen.notifications.NotificationsComponents;
import cloud.citizen.notifications.domain.Notification;
import cloud.citizen.notifications.service.Dispatcher;
import cloud.citizen.platform.events.SqsBatch;

/**
 * The NotificationsQueue entry point (template.yaml: NotificationsFunction). Each failed message is
 * reported on its own (ReportBatchItemFailures): a malformed one, or a user message whose contact
 * has not arrived yet, is retried alone and, after maxReceiveCount, lands in the DLQ. A plain class
 * that Lambda calls directly: Quarkus never starts for it.
 */
public class NotificationsHandler {
    private static final Logger LOG = Logger.getLogger(NotificationsHandler.class);

    private final Dispatcher dispatcher;

    public NotificationsHandler() {
        this(NotificationsComponents.fromEnvironment());
    }

    public NotificationsHandler(NotificationsComponents components) {
        this.dispatcher = components.dispatcher();
    }

    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return SqsBatch.process(event, body -> dispatch(NotificationsMessages.read(body)));
    }

    private void dispatch(Notification notification) {
        Dispatcher.Outcome outcome = dispatcher.dispatch(notification);
        if (outcome.isFailure()) {
            LOG.warnf("%s: %s", outcome, notification); // Notification's toString never shows the phone or the text
            throw new IllegalStateException(outcome.name());
        }
        LOG.infof("%s: %s", outcome, notification);
    }
}
