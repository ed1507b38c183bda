package cloud.citizen.appointments.events;

import java.time.Clock;

import cloud.citizen.appointments.AppointmentsGraph;
import cloud.citizen.emulator.testing.EmulatedAwsResource;

/** The queue and schedule handlers built as Lambda builds them: from their own function's environment in template.yaml. */
public final class AppointmentHandlers {
    private AppointmentHandlers() {
    }

    public static WaitlistPromotionHandler waitlistPromotionHandler() {
        return new WaitlistPromotionHandler(graphOf("WaitlistPromotionFunction"));
    }

    public static AppointmentRemindersHandler remindersHandler() {
        return new AppointmentRemindersHandler(graphOf("AppointmentRemindersFunction"));
    }

    private static AppointmentsGraph graphOf(String function) {
        return AppointmentsGraph.fromEnvironment(EmulatedAwsResource.stack().environmentOf(function), Clock.systemUTC());
    }
}
