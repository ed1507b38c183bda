package cloud.citizen.appointments.service;

import java.time.Instant;

import cloud.citizen.appointments.domain.RealNameRequiredException;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.appointments.domain.SlotClosedException;
import cloud.citizen.appointments.domain.SlotNotFoundException;
import cloud.citizen.platform.auth.Caller;

/** What booking a seat and joining a waitlist both require: a real-name caller and a slot not yet started. */
final class OpenSlots {
    private final SlotCalendar slots;

    OpenSlots(SlotCalendar slots) {
        this.slots = slots;
    }

    Slot find(Caller caller, String slotId, Instant now) {
        if (!caller.realNameVerified()) {
            throw new RealNameRequiredException();
        }
        Slot slot = slots.find(slotId).orElseThrow(SlotNotFoundException::new);
        if (slot.hasStartedAt(now)) {
            throw new SlotClosedException();
        }
        return slot;
    }
}
