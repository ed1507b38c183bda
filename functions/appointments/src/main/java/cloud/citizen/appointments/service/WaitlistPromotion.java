package cloud.citizen.appointments.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jboss.logging.Logger;

import cloud.citizen.appointments.domain.Appointment;
import cloud.citizen.appointments.domain.BookingCodes;
import cloud.citizen.appointments.domain.Notices;
import cloud.citizen.appointments.domain.Slot;

/**
 * Gives a handed-over seat to the first person in line who can take it; people who meanwhile hold
 * another booking in the same scope leave the line. If nobody can take it (or the slot has
 * started), the seat goes back to its counter. Each step is idempotent, so a redelivered event
 * does nothing twice.
 */
public final class WaitlistPromotion {
    private static final Logger LOG = Logger.getLogger(WaitlistPromotion.class);
    /** More waiters than this skipped in one go means something is off: fail and let SQS retry. */
    static final int MAX_SKIPPED = 100;

    private final SlotCalendar slots;
    private final Waitlist waitlist;
    private final BookingCodes codes;
    private final Clock clock;

    public WaitlistPromotion(SlotCalendar slots, Waitlist waitlist, BookingCodes codes, Clock clock) {
        this.slots = slots;
        this.waitlist = waitlist;
        this.codes = codes;
        this.clock = clock;
    }

    /** @return the appointment made for the first waiter, empty when the seat went back to the counter */
    public Optional<Appointment> handOver(SeatHandover handover) {
        Optional<Slot> slot = slots.find(handover.slotId());
        Instant now = clock.instant();
        for (int skipped = 0; skipped < MAX_SKIPPED; skipped++) {
            Optional<Waiter> first = slot.filter(s -> !s.hasStartedAt(now)).flatMap(s -> waitlist.first(s.slotId()));
            if (first.isEmpty()) {
                waitlist.releaseSeat(handover);
                return Optional.empty();
            }
            Appointment appointment = Appointment.book(UUID.randomUUID().toString(), first.get().userId(), slot.get(),
                    handover.shard(), codes.next(), now);
            PromotionAttempt result = waitlist.promote(first.get(), appointment, handover.handoverId(),
                    Notices.promotedFromWaitlist(appointment));
            if (result instanceof PromotionAttempt.Promoted promoted) {
                LOG.infof("Hand-over %s: first waiter booked as %s", handover.handoverId(), promoted.appointment().appointmentId());
                return Optional.of(promoted.appointment());
            }
            if (result instanceof PromotionAttempt.AlreadyHandled) {
                return Optional.empty();
            }
            if (result instanceof PromotionAttempt.WaiterAlreadyBooked) {
                waitlist.drop(first.get());
            }
        }
        throw new IllegalStateException("hand-over " + handover.handoverId() + " skipped " + MAX_SKIPPED + " waiters");
    }
}
