package cloud.citizen.appointments.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cloud.citizen.appointments.domain.Notices;

/**
 * The day-before reminder: one message per appointment still booked on the day. The event id is
 * derived from the appointment, so when the job runs twice (a retry) the notifications function
 * drops the second message; no state is kept here.
 */
public final class Reminders {
    static final int BATCH = 10;

    private final AppointmentLedger ledger;
    private final ReminderSender sender;

    public Reminders(AppointmentLedger ledger, ReminderSender sender) {
        this.ledger = ledger;
        this.sender = sender;
    }

    /** @return how many reminders were queued */
    public int remindAbout(LocalDate day) {
        List<ReminderSender.Reminder> batch = new ArrayList<>(BATCH);
        int[] sent = { 0 };
        ledger.forEachBookedOn(day, target -> {
            batch.add(new ReminderSender.Reminder("reminder-" + target.appointmentId(), target.userId(),
                    Notices.dayBefore(target.providerName(), target.start())));
            if (batch.size() == BATCH) {
                sender.send(List.copyOf(batch));
                sent[0] += batch.size();
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            sender.send(List.copyOf(batch));
            sent[0] += batch.size();
        }
        return sent[0];
    }
}
