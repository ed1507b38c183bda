package cloud.citizen.appointments.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** The waitlist opens only when the slot is full. */
@ErrorDoc(status = 409, code = "SLOT_NOT_FULL", meaning = "The slot still has free seats", hint = "Book the slot instead of joining its waitlist.")
public final class SlotNotFullException extends Refusal {

    public SlotNotFullException() {
        super(409, "SLOT_NOT_FULL", "Slot has free seats", "This slot still has free seats: book it instead.");
    }
}
