package cloud.citizen.appointments.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** A checked-in appointment cannot be cancelled. */
@ErrorDoc(status = 409, code = "ALREADY_CHECKED_IN", meaning = "The appointment is already checked in", hint = "Nothing to do; show it as checked in.")
public final class AlreadyCheckedInException extends Refusal {

    public AlreadyCheckedInException() {
        super(409, "ALREADY_CHECKED_IN", "Already checked in", "This appointment has already been checked in.");
    }
}
