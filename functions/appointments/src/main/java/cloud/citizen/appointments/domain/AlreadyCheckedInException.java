package cloud.citizen.appointments.domain;

import cloud.citizen.platform.problem.Refusal;

/** A checked-in appointment cannot be cancelled. */
public final class AlreadyCheckedInException extends Refusal {

    public AlreadyCheckedInException() {
        super(409, "ALREADY_CHECKED_IN", "Already checked in", "This appointment has already been checked in.");
    }
}
