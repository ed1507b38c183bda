package cloud.citizen.accounts.domain;

import cloud.citizen.apidocs.ErrorDoc;

/** An SMS code was requested sooner than {@link SmsQuota} or {@link SmsSourceBudget} allows. */
@ErrorDoc(status = 429, code = "TOO_MANY_CODES", meaning = "Too many SMS codes for this phone or from this network address", hint = "Disable the send button until Retry-After seconds have passed.")
public final class TooManyCodesException extends TooSoonException {

    public TooManyCodesException(long retryAfterSeconds) {
        this(retryAfterSeconds, "Too many SMS codes were requested for this phone. Try again in " + retryAfterSeconds
                + " seconds.");
    }

    public TooManyCodesException(SmsQuotaDecision.RetryAfter decision) {
        this(decision.seconds());
    }

    private TooManyCodesException(long retryAfterSeconds, String detail) {
        super("TOO_MANY_CODES", "Too many SMS codes", detail, retryAfterSeconds);
    }

    /** Over the budget of the client's network address ({@link SmsSourceBudget}), whatever the phone. */
    public static TooManyCodesException fromSource(long retryAfterSeconds) {
        return new TooManyCodesException(retryAfterSeconds, "Too many SMS codes were requested from this network. "
                + "Try again in " + retryAfterSeconds + " seconds.");
    }
}
