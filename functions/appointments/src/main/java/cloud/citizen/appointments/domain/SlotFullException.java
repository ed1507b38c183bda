package cloud.citizen.appointments.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** Every seat of the slot is taken (the waitlist is open). */
@ErrorDoc(status = 409, code = "SLOT_FULL", meaning = "Every seat of the slot is taken", hint = "Offer the waitlist or another slot.")
public final class SlotFullException extends Refusal {

    public SlotFullException() {
        super(409, "SLOT_FULL", "Slot is full", "Every seat of this slot is taken. Join the waitlist or pick another slot.");
    }
}
