package cloud.citizen.appointments.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** The booking code shown at check-in does not match the appointment. */
@ErrorDoc(status = 422, code = "BAD_CODE", meaning = "The booking code does not match", hint = "Ask staff to re-enter or re-scan the code.")
public final class BadCodeException extends Refusal {

    public BadCodeException() {
        super(422, "BAD_CODE", "Wrong booking code", "The booking code does not match this appointment.");
    }
}
