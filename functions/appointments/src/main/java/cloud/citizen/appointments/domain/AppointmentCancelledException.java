package cloud.citizen.appointments.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** A cancelled appointment cannot be checked in. */
@ErrorDoc(status = 409, code = "APPOINTMENT_CANCELLED", meaning = "The appointment was cancelled", hint = "Reload the appointment; offer to book again.")
public final class AppointmentCancelledException extends Refusal {

    public AppointmentCancelledException() {
        super(409, "APPOINTMENT_CANCELLED", "Appointment cancelled", "This appointment was cancelled.");
    }
}
