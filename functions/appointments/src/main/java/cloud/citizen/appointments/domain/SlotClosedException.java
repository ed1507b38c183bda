package cloud.citizen.appointments.domain;

import cloud.citizen.platform.problem.Refusal;

/** The slot has started: it takes no more bookings or waiters. */
public final class SlotClosedException extends Refusal {

    public SlotClosedException() {
        super(409, "SLOT_CLOSED", "Slot closed", "This slot has already started.");
    }
}
