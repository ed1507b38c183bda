package cloud.citizen.accounts.service;

import java.time.Instant;

import cloud.citizen.accounts.domain.FailureWindow;

/** Port: failed logins per phone, for the lockout of 5 failures in 15 minutes. */
public interface LoginAttemptStore {

    /** The failures counted in the current window, with the window's start. */
    FailureWindow failures(String phoneKey);

    /** Counts one failure, starting a new window if the last one has passed. */
    void recordFailure(String phoneKey, Instant now);

    void clear(String phoneKey);
}
