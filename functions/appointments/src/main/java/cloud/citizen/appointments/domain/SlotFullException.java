package cloud.citizen.appointments.domain;

import cloud.citizen.platform.problem.Refusal;

/** Every seat of the slot is taken (the waitlist is open). */
public final class SlotFullException extends Refusal {

    public SlotFullException() {
        super(409, "SLOT_FULL", "Slot is full", "Every seat of this slot is taken. Join the waitlist or pick another slot.");
    }
}
