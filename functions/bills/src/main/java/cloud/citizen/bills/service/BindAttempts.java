package cloud.citizen.bills.service;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Port: a citizen's failed binds of one day. An attempt is reserved before it is evaluated (a
 * conditional counter, never read-then-write), so concurrent guesses cannot overrun the limit.
 */
public interface BindAttempts {

    /** Takes one of the day's attempts; false when {@code limit} are taken. Forgotten after {@code expiresAt}. */
    boolean reserve(String userId, LocalDate day, int limit, Instant expiresAt);

    /** Gives an attempt back that did not fail (the bind succeeded, or it was bound already). */
    void release(String userId, LocalDate day);
}
