package cloud.citizen.appointments.service;

import java.time.Clock;
import java.time.Instant;

import cloud.citizen.appointments.domain.AlreadyBookedException;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.appointments.domain.SlotNotFullException;
import cloud.citizen.platform.auth.Caller;

/**
 * Joining a full slot's waitlist. Same rules as booking (real name, slot not started), plus: only a
 * full slot has a line, and someone who already holds a booking in the slot's scope could never be
 * promoted, so they are told at once.
 */
public final class Waitlisting {
    private final SlotCalendar slots;
    private final AppointmentLedger ledger;
    private final Waitlist waitlist;
    private final Clock clock;
    private final OpenSlots openSlots;

    public Waitlisting(SlotCalendar slots, AppointmentLedger ledger, Waitlist waitlist, Clock clock) {
        this.slots = slots;
        this.ledger = ledger;
        this.waitlist = waitlist;
        this.clock = clock;
        this.openSlots = new OpenSlots(slots);
    }

    public int join(Caller caller, String slotId) {
        Instant now = clock.instant();
        Slot slot = openSlots.find(caller, slotId, now);
        if (slots.occupancy(slot).remaining() > 0) {
            throw new SlotNotFullException();
        }
        if (ledger.holds(caller.userId(), slot.scope())) {
            throw new AlreadyBookedException();
        }
        return waitlist.join(slotId, caller.userId(), now);
    }
}
