package cloud.citizen.appointments.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** The appointment starts too soon (or has started) to be cancelled. */
@ErrorDoc(status = 409, code = "TOO_LATE_TO_CANCEL", meaning = "Too late to cancel", hint = "Say that the appointment can no longer be cancelled in the app.")
public final class TooLateToCancelException extends Refusal {

    public TooLateToCancelException() {
        super(409, "TOO_LATE_TO_CANCEL", "Too late to cancel", "Appointments can be cancelled until 2 hours before they start.");
    }
}
