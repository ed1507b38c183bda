package cloud.citizen.appointments.domain;

/** A checked-in appointment cannot be cancelled. */
public final class AlreadyCheckedInException extends AppointmentRefusal {

    public AlreadyCheckedInException() {
        super(409, "ALREADY_CHECKED_IN", "Already checked in", "This appointment has already been checked in.");
    }
}
