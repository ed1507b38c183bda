package cloud.citizen.appointments.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** The person already holds the one booking allowed (per provider and day; per dose for vaccines). */
@ErrorDoc(status = 409, code = "ALREADY_BOOKED", meaning = "One booking per person, provider and day (per dose for vaccines)", hint = "Show the existing booking; cancel it first to pick another slot.")
public final class AlreadyBookedException extends Refusal {

    public AlreadyBookedException() {
        super(409, "ALREADY_BOOKED", "Already booked", "You already hold a booking with this provider on this day (for vaccines: for this dose).");
    }
}
