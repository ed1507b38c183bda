package cloud.citizen.appointments.service;

import cloud.citizen.appointments.domain.Appointment;
import cloud.citizen.platform.auth.Caller;

/**
 * Who may see and act on an appointment: its owner, staff serving the provider's community, and
 * admins. To anyone else it does not exist (404), so ids reveal nothing.
 */
final class AppointmentAccess {
    private AppointmentAccess() {
    }

    static boolean owns(Caller caller, Appointment appointment) {
        return appointment.userId().equals(caller.userId());
    }

    static boolean mayManage(Caller caller, Appointment appointment) {
        return owns(caller, appointment) || caller.serves(appointment.communityId());
    }
}
