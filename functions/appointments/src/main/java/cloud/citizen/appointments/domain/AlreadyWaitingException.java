package cloud.citizen.appointments.domain;

/** The person already waits for this slot. */
public final class AlreadyWaitingException extends AppointmentRefusal {

    public AlreadyWaitingException() {
        super(409, "ALREADY_WAITING", "Already on the waitlist", "You are already on the waitlist of this slot.");
    }
}
