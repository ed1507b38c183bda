package cloud.citizen.appointments.domain;

import java.util.OptionalLong;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/**
 * Seats seemed free, but every try lost the race for them within the retry budget: the slot is being
 * booked by many people right now. Not SLOT_FULL (that would be a lie); the app retries after a second.
 */
@ErrorDoc(status = 429, code = "SLOT_BUSY", meaning = "Too many people are booking this slot at this moment", hint = "Retry after Retry-After seconds.")
public final class SlotBusyException extends Refusal {

    public SlotBusyException() {
        super(429, "SLOT_BUSY", "Slot is busy", "Many people are booking this slot right now. Please try again in a moment.");
    }

    @Override
    public OptionalLong retryAfterSeconds() {
        return OptionalLong.of(1);
    }
}
