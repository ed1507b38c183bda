package cloud.citizen.accounts.domain;

import java.util.OptionalLong;

import cloud.citizen.platform.problem.Refusal;

/** An SMS code was requested sooner than {@link SmsQuota} or {@link SmsSourceBudget} allows. */
public final class TooManyCodesException extends Refusal {

    private final long retryAfterSeconds;

    public TooManyCodesException(long retryAfterSeconds) {
        this(retryAfterSeconds, "Too many SMS codes were requested for this phone. Try again in " + retryAfterSeconds
                + " seconds.");
    }

    private TooManyCodesException(long retryAfterSeconds, String detail) {
        super(429, "TOO_MANY_CODES", "Too many SMS codes", detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Over the budget of the client's network address ({@link SmsSourceBudget}), whatever the phone. */
    public static TooManyCodesException fromSource(long retryAfterSeconds) {
        return new TooManyCodesException(retryAfterSeconds, "Too many SMS codes were requested from this network. "
                + "Try again in " + retryAfterSeconds + " seconds.");
    }

    public TooManyCodesException(SmsQuotaDecision.RetryAfter decision) {
        this(decision.seconds());
    }

    @Override
    public OptionalLong retryAfterSeconds() {
        return OptionalLong.of(retryAfterSeconds);
    }
}
