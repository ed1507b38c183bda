package cloud.citizen.appointments.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.jboss.logging.Logger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

import cloud.citizen.appointments.AppointmentsComponents;
import cloud.citizen.appointments.domain.CityTime;
import cloud.citizen.appointments.service.Reminders;

/**
 * Scheduled entry point of AppointmentRemindersFunction (every evening, template.yaml): reminds
 * everyone booked for the next city day. The day comes from the event's time, not the clock, so a
 * late retry of yesterday's run still reminds about the right day. Not a {@code RequestHandler},
 * for the reason given on {@link WaitlistPromotionHandler}.
 */
public class AppointmentRemindersHandler {
    private static final Logger LOG = Logger.getLogger(AppointmentRemindersHandler.class);

    private final Reminders reminders;
    private final Clock clock;

    public AppointmentRemindersHandler() {
        this(AppointmentsComponents.fromEnvironment());
    }

    public AppointmentRemindersHandler(AppointmentsComponents components) {
        this.reminders = components.reminders();
        this.clock = components.clock();
    }

    public Map<String, Object> handleRequest(ScheduledEvent event, Context context) {
        Instant firedAt = event != null && event.getTime() != null ? Instant.ofEpochMilli(event.getTime().getMillis())
                : clock.instant();
        LocalDate day = CityTime.dateOf(firedAt).plusDays(1);
        int queued = reminders.remindAbout(day);
        LOG.infof("Queued %d reminders for %s", queued, day);
        return Map.of("day", day.toString(), "reminded", queued);
    }
}
