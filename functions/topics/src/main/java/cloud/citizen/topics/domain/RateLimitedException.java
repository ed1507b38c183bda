package cloud.citizen.topics.domain;

import java.util.OptionalLong;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** 429 with Retry-After: the citizen used up a {@link RateLimit}; the soonest slot frees after that long. */
@ErrorDoc(status = 429, code = "TOO_MANY_POSTS", meaning = "Too many posts in the last hour", hint = "Keep the draft; retry after Retry-After seconds.")
@ErrorDoc(status = 429, code = "TOO_MANY_COMMENTS", meaning = "Too many comments in the last hour", hint = "Keep the draft; retry after Retry-After seconds.")
public final class RateLimitedException extends Refusal {
    private final long retryAfterSeconds;

    public RateLimitedException(RateLimit limit, long retryAfterSeconds) {
        super(429, "TOO_MANY_" + limit.action() + "S", "At most " + limit.max() + " " + limit.action().toLowerCase()
                + "s in any " + limit.window().toMinutes() + " minutes; try again in " + retryAfterSeconds + " s.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public OptionalLong retryAfterSeconds() {
        return OptionalLong.of(retryAfterSeconds);
    }
}
