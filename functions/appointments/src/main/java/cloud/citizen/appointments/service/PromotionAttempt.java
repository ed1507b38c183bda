package cloud.citizen.appointments.service;

import cloud.citizen.appointments.domain.Appointment;

/** What trying to give a handed-over seat to one waiter came to. */
public sealed interface PromotionAttempt {

    record Promoted(Appointment appointment) implements PromotionAttempt {
    }

    /** The waiter meanwhile holds another booking in the same scope: they leave the line. */
    record WaiterAlreadyBooked() implements PromotionAttempt {
    }

    /** The waiter's entry is gone (promoted by a parallel delivery): look at the line again. */
    record WaiterGone() implements PromotionAttempt {
    }

    /** This hand-over was completed before (a redelivered event). */
    record AlreadyHandled() implements PromotionAttempt {
    }
}
