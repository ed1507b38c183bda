package cloud.citizen.appointments.domain;

import cloud.citizen.platform.problem.Refusal;

/** The waitlist opens only when the slot is full. */
public final class SlotNotFullException extends Refusal {

    public SlotNotFullException() {
        super(409, "SLOT_NOT_FULL", "Slot has free seats", "This slot still has free seats: book it instead.");
    }
}
