package cloud.citizen.appointments.store;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

import cloud.citizen.appointments.AppointmentsSettings;
import cloud.citizen.appointments.events.AppointmentsMessages;
import cloud.citizen.appointments.service.ReminderSender;

/**
 * Reminders go straight to the notifications queue, ten a call: they announce no state change of
 * ours (no outbox needed), and their event ids make a repeated run harmless downstream.
 */
public final class QueuedReminders implements ReminderSender {
    private final SqsClient sqs;
    private final AppointmentsSettings settings;

    /** The queue is looked up when reminders are sent: only the reminder job's environment names it. */
    public QueuedReminders(SqsClient sqs, AppointmentsSettings settings) {
        this.sqs = sqs;
        this.settings = settings;
    }

    @Override
    public void send(List<Reminder> reminders) {
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < reminders.size(); i++) {
            Reminder reminder = reminders.get(i);
            entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i)).messageBody(
                    AppointmentsMessages.userMessageBody(reminder.eventId(), reminder.userId(), reminder.text())).build());
        }
        String queueUrl = settings.notificationsQueue();
        SendMessageBatchResponse response = sqs.sendMessageBatch(batch -> batch.queueUrl(queueUrl).entries(entries));
        if (response.hasFailed() && !response.failed().isEmpty()) {
            // the run fails and is retried; what was sent already is deduplicated by event id
            throw new IllegalStateException(response.failed().size() + " reminders were not queued");
        }
    }
}
