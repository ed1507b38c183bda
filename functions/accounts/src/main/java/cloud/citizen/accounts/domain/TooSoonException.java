package cloud.citizen.accounts.domain;

import java.util.OptionalLong;

import cloud.citizen.platform.problem.Refusal;

/** A 429 refusal of a rate limit: the answer carries Retry-After with the seconds until it lifts. */
public abstract class TooSoonException extends Refusal {

    private final long retryAfterSeconds;

    protected TooSoonException(String code, String title, String detail, long retryAfterSeconds) {
        super(429, code, title, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public OptionalLong retryAfterSeconds() {
        return OptionalLong.of(retryAfterSeconds);
    }
}
