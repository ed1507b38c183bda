package cloud.citizen.accounts.domain;

import java.util.OptionalLong;

/** An SMS code was requested sooner than {@link SmsQuota} allows. */
public final class TooManyCodesException extends AccountRefusal {

    private final long retryAfterSeconds;

    public TooManyCodesException(long retryAfterSeconds) {
        super("TOO_MANY_CODES", 429, "Too many SMS codes",
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
