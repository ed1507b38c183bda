package cloud.citizen.accounts.domain;

import java.util.OptionalLong;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** An SMS code was requested sooner than {@link SmsQuota} allows. */
@ErrorDoc(status = 429, code = "TOO_MANY_CODES", meaning = "Too many SMS codes for this phone", hint = "Disable the send button until Retry-After seconds have passed.")
public final class TooManyCodesException extends Refusal {

    private final long retryAfterSeconds;

    public TooManyCodesException(long retryAfterSeconds) {
        super(429, "TOO_MANY_CODES", "Too many SMS codes",
                "Too many SMS codes were requested for this phone. Try again in " + retryAfterSeconds + " seconds.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public TooManyCodesException(SmsQuotaDecision.RetryAfter decision) {
        this(decision.seconds());
    }

    @Override
    public OptionalLong retryAfterSeconds() {
        return OptionalLong.of(retryAfterSeconds);
    }
}
