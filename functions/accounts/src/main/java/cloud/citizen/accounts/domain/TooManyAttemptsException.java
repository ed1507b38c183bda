package cloud.citizen.accounts.domain;

import cloud.citizen.apidocs.ErrorDoc;

/** Too many failed real-name verifications today (see {@link RealNameAttempts}). */
@ErrorDoc(status = 429, code = "TOO_MANY_ATTEMPTS", meaning = "Too many failed attempts today (binding a bill account, verifying a real name)", hint = "Say when to try again (Retry-After, city midnight); do not retry automatically.")
public final class TooManyAttemptsException extends TooSoonException {

    public TooManyAttemptsException(long retryAfterSeconds) {
        super("TOO_MANY_ATTEMPTS", "Too many attempts", "Too many failed real-name verifications today. Try again in "
                + retryAfterSeconds + " seconds.", retryAfterSeconds);
    }
}
