package cloud.citizen.appointments.domain;

/** The booking code shown at check-in does not match the appointment. */
public final class BadCodeException extends AppointmentRefusal {

    public BadCodeException() {
        super(422, "BAD_CODE", "Wrong booking code", "The booking code does not match this appointment.");
    }
}
