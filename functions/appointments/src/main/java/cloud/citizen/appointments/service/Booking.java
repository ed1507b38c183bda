package cloud.citizen.appointments.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

import cloud.citizen.appointments.domain.AlreadyBookedException;
import cloud.citizen.appointments.domain.Appointment;
import cloud.citizen.appointments.domain.BookingCodes;
import cloud.citizen.appointments.domain.SeatShard;
import cloud.citizen.appointments.domain.Slot;
import cloud.citizen.appointments.domain.SlotBusyException;
import cloud.citizen.appointments.domain.SlotFullException;
import cloud.citizen.platform.auth.Caller;

/**
 * Booking a seat. Read the slot's counters, pick a counter with free seats, and let one conditional
 * transaction take the seat; if that counter filled up meanwhile, read again and try another. The
 * read only chooses where to try: DynamoDB's conditions decide, so the capacity holds whatever the
 * reads saw. When the read shows no free seat, the answer is SLOT_FULL without writing anything,
 * which is what most of a release rush gets.
 */
public final class Booking {
    /** Each try re-reads the counters, so losing this many races in a row means real contention. */
    static final int MAX_TRIES = 12;

    private final SlotCalendar slots;
    private final AppointmentLedger ledger;
    private final BookingCodes codes;
    private final Clock clock;
    private final OpenSlots openSlots;

    public Booking(SlotCalendar slots, AppointmentLedger ledger, BookingCodes codes, Clock clock) {
        this.slots = slots;
        this.ledger = ledger;
        this.codes = codes;
        this.clock = clock;
        this.openSlots = new OpenSlots(slots);
    }

    public Appointment book(Caller caller, String slotId) {
        Instant now = clock.instant();
        Slot slot = openSlots.find(caller, slotId, now);
        Appointment wanted = Appointment.book(UUID.randomUUID().toString(), caller.userId(), slot, 0, codes.next(), now);
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            SeatShard shard = slots.occupancy(slot).pickFree(ThreadLocalRandom.current()).orElseThrow(SlotFullException::new);
            BookingAttempt result = ledger.book(wanted.onShard(shard.index()));
            if (result instanceof BookingAttempt.Booked booked) {
                return booked.appointment();
            }
            if (result instanceof BookingAttempt.AlreadyBooked) {
                throw new AlreadyBookedException();
            }
            if (result instanceof BookingAttempt.Contended) {
                backOff(attempt);
            }
        }
        throw new SlotBusyException();
    }

    /** Jittered, growing pause so that colliding transactions do not collide again in lockstep. */
    private void backOff(int attempt) {
        long maxMillis = 5L << Math.min(attempt, 5);
        LockSupport.parkNanos(1_000_000L * (1 + ThreadLocalRandom.current().nextLong(maxMillis)));
    }
}
