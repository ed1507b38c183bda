package cloud.citizen.appointments.domain;

/** A cancelled appointment cannot be checked in. */
public final class AppointmentCancelledException extends AppointmentRefusal {

    public AppointmentCancelledException() {
        super(409, "APPOINTMENT_CANCELLED", "Appointment cancelled", "This appointment was cancelled.");
    }
}
