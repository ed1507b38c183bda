package cloud.citizen.accounts.domain;

/** Too many failed real-name verifications today (see {@link RealNameAttempts}). */
public final class TooManyAttemptsException extends TooSoonException {

    public TooManyAttemptsException(long retryAfterSeconds) {
        super("TOO_MANY_ATTEMPTS", "Too many attempts", "Too many failed real-name verifications today. Try again in "
                + retryAfterSeconds + " seconds.", retryAfterSeconds);
    }
}
