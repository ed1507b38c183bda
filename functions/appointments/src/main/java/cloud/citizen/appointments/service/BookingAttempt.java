package cloud.citizen.appointments.service;

import cloud.citizen.appointments.domain.Appointment;

/** What one booking transaction on one seat counter came to. */
public sealed interface BookingAttempt {

    record Booked(Appointment appointment) implements BookingAttempt {
    }

    /** The counter filled up since it was read: try another. */
    record SeatTaken() implements BookingAttempt {
    }

    /** The person already holds an active booking in the same scope. */
    record AlreadyBooked() implements BookingAttempt {
    }

    /** Another transaction touched the same items at the same moment: nothing written, try again. */
    record Contended() implements BookingAttempt {
    }
}
