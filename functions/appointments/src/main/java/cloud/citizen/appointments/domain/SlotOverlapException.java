package cloud.citizen.appointments.domain;

import cloud.citizen.platform.problem.Refusal;

/** A new slot would overlap a slot the provider already has. */
public final class SlotOverlapException extends Refusal {

    public SlotOverlapException() {
        super(409, "SLOT_OVERLAP", "Slots overlap", "The provider already has slots at these times on this day.");
    }
}
