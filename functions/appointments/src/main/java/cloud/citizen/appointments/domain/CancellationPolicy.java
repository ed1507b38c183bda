package cloud.citizen.appointments.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A citizen may cancel until {@link #MIN_NOTICE} before the start, so that a freed seat can still
 * go to someone on the waitlist. Staff and admins (a clinic closing) may cancel until the start.
 */
public final class CancellationPolicy {
    public static final Duration MIN_NOTICE = Duration.ofHours(2);

    private CancellationPolicy() {
    }

    /** @throws TooLateToCancelException when the appointment starts too soon */
    public static void check(Appointment appointment, Instant now, boolean byTheCitizen) {
        Instant start = appointment.start().toInstant();
        Instant deadline = byTheCitizen ? start.minus(MIN_NOTICE) : start;
        if (!now.isBefore(deadline)) {
            throw new TooLateToCancelException();
        }
    }
}
