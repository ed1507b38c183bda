package cloud.citizen.appointments.domain;

import cloud.citizen.platform.problem.Refusal;

/** The person already holds the one booking allowed (per provider and day; per dose for vaccines). */
public final class AlreadyBookedException extends Refusal {

    public AlreadyBookedException() {
        super(409, "ALREADY_BOOKED", "Already booked", "You already hold a booking with this provider on this day (for vaccines: for this dose).");
    }
}
