package cloud.citizen.appointments.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** A new slot would overlap a slot the provider already has. */
@ErrorDoc(status = 409, code = "SLOT_OVERLAP", meaning = "The new slots overlap existing ones", hint = "Staff: pick other times.")
public final class SlotOverlapException extends Refusal {

    public SlotOverlapException() {
        super(409, "SLOT_OVERLAP", "Slots overlap", "The provider already has slots at these times on this day.");
    }
}
