package cloud.citizen.accounts.domain;

import java.util.OptionalLong;

import cloud.citizen.platform.problem.Refusal;

/** Too many failed real-name verifications today (see {@link RealNameAttempts}). */
public final class TooManyAttemptsException extends Refusal {

    private final long retryAfterSeconds;

    public TooManyAttemptsException(long retryAfterSeconds) {
        super(429, "TOO_MANY_ATTEMPTS", "Too many attempts",
                "Too many failed real-name verifications today. Try again in " + retryAfterSeconds + " seconds.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public OptionalLong retryAfterSeconds() {
        return OptionalLong.of(retryAfterSeconds);
    }
}
