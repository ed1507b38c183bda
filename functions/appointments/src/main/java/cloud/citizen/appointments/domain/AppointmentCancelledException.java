package cloud.citizen.appointments.domain;

import cloud.citizen.platform.problem.Refusal;

/** A cancelled appointment cannot be checked in. */
public final class AppointmentCancelledException extends Refusal {

    public AppointmentCancelledException() {
        super(409, "APPOINTMENT_CANCELLED", "Appointment cancelled", "This appointment was cancelled.");
    }
}
