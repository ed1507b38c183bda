package cloud.citizen.bills.domain;

import java.util.OptionalLong;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** A citizen used up the day's failed binds (guessing account numbers or holder names). */
@ErrorDoc(status = 429, code = "TOO_MANY_ATTEMPTS", meaning = "Too many failed attempts today (binding a bill account, verifying a real name)", hint = "Say when to try again (Retry-After, city midnight); do not retry automatically.")
public final class TooManyAttemptsException extends Refusal {
    private final long retryAfterSeconds;

    public TooManyAttemptsException(long retryAfterSeconds) {
        super(429, "TOO_MANY_ATTEMPTS", "Too many attempts",
                "Too many failed attempts to bind an account today. Try again tomorrow.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public OptionalLong retryAfterSeconds() {
        return OptionalLong.of(retryAfterSeconds);
    }
}
