package cloud.citizen.appointments.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** The person already waits for this slot. */
@ErrorDoc(status = 409, code = "ALREADY_WAITING", meaning = "Already on the waitlist of this slot", hint = "Show the current waitlist position.")
public final class AlreadyWaitingException extends Refusal {

    public AlreadyWaitingException() {
        super(409, "ALREADY_WAITING", "Already on the waitlist", "You are already on the waitlist of this slot.");
    }
}
