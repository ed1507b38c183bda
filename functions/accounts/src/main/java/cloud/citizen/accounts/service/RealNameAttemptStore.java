package cloud.citizen.accounts.service;

import java.time.Instant;

/** Port: real-name verification attempts per citizen and city day (see RealNameAttempts). */
public interface RealNameAttemptStore {

    /** @return whether an attempt was reserved (false: today's failures are used up) */
    boolean reserve(String userId, Instant now);

    /** Gives back the attempt reserved at {@code now}: it did not fail. */
    void release(String userId, Instant now);
}
