package cloud.citizen.appointments.domain;

import cloud.citizen.platform.problem.Refusal;

/** The booking code shown at check-in does not match the appointment. */
public final class BadCodeException extends Refusal {

    public BadCodeException() {
        super(422, "BAD_CODE", "Wrong booking code", "The booking code does not match this appointment.");
    }
}
