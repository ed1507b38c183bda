package cloud.citizen.accounts.service;

import java.time.Instant;

import cloud.citizen.accounts.domain.LockoutState;

/** Port: login attempts per phone, for the lockout of 5 failures in 15 minutes (see LoginLockout). */
public interface LoginAttemptStore {

    /**
     * Counts this attempt as a failure before its password or code is checked, unless the window
     * already holds the maximum; the count and the bound are one conditional write, so concurrent
     * attempts can never pass the bound.
     *
     * @return {@link LockoutState.Open} when the attempt may be checked, else the lock it hit
     */
    LockoutState reserveAttempt(String phoneKey, Instant now);

    /** After a successful login: the window (and every reservation in it) is forgotten. */
    void clear(String phoneKey);
}
