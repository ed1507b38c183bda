package cloud.citizen.appointments.service;

import java.time.Instant;
import java.util.Optional;

import cloud.citizen.appointments.domain.Appointment;

/** The line of people waiting for a full slot, and the hand-over of freed seats to them. */
public interface Waitlist {

    /** @return the place in line (1 = next); @throws cloud.citizen.appointments.domain.AlreadyWaitingException */
    int join(String slotId, String userId, Instant at);

    boolean anyoneWaiting(String slotId);

    Optional<Waiter> first(String slotId);

    /**
     * Books the waiter into the handed-over seat, removes them from the line, marks the hand-over
     * done and queues their notice and the booking's usage event (outbox), in one transaction.
     */
    PromotionAttempt promote(Waiter waiter, Appointment appointment, String handoverId, String notice);

    void drop(Waiter waiter);

    /** Nobody (left) to take a handed-over seat: it goes back to its counter, once per hand-over. */
    void releaseSeat(SeatHandover handover);
}
