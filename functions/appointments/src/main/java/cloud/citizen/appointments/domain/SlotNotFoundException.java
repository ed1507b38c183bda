package cloud.citizen.appointments.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** No slot with this id. */
@ErrorDoc(status = 404, code = "SLOT_NOT_FOUND", meaning = "No such slot", hint = "Reload the slot list.")
public final class SlotNotFoundException extends Refusal {

    public SlotNotFoundException() {
        super(404, "SLOT_NOT_FOUND", "Slot not found", "There is no slot with this id.");
    }
}
