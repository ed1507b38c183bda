package cloud.citizen.appointments.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** No appointment with this id that the caller may see (someone else's is not found either). */
@ErrorDoc(status = 404, code = "APPOINTMENT_NOT_FOUND", meaning = "No such appointment", hint = "Reload the appointment list.")
public final class AppointmentNotFoundException extends Refusal {

    public AppointmentNotFoundException() {
        super(404, "APPOINTMENT_NOT_FOUND", "Appointment not found", "There is no appointment with this id.");
    }
}
