package cloud.citizen.appointments.domain;

import cloud.citizen.platform.problem.Refusal;

/** No slot with this id. */
public final class SlotNotFoundException extends Refusal {

    public SlotNotFoundException() {
        super(404, "SLOT_NOT_FOUND", "Slot not found", "There is no slot with this id.");
    }
}
