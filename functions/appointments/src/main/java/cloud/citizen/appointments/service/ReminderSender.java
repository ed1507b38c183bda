package cloud.citizen.appointments.service;

import java.util.List;

/** Hands reminders to the notifications function. */
public interface ReminderSender {

    /** A reminder: eventId is derived from the appointment, so a re-run of the job is deduplicated downstream. */
    record Reminder(String eventId, String userId, String text) {
    }

    void send(List<Reminder> reminders);
}
