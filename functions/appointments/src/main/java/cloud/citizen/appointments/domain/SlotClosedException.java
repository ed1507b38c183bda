package cloud.citizen.appointments.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** The slot has started: it takes no more bookings or waiters. */
@ErrorDoc(status = 409, code = "SLOT_CLOSED", meaning = "The slot has already started", hint = "Reload the slots; offer a later one.")
public final class SlotClosedException extends Refusal {

    public SlotClosedException() {
        super(409, "SLOT_CLOSED", "Slot closed", "This slot has already started.");
    }
}
