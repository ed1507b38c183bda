package cloud.citizen.appointments.domain;

import cloud.citizen.platform.problem.Refusal;

/** The person already waits for this slot. */
public final class AlreadyWaitingException extends Refusal {

    public AlreadyWaitingException() {
        super(409, "ALREADY_WAITING", "Already on the waitlist", "You are already on the waitlist of this slot.");
    }
}
