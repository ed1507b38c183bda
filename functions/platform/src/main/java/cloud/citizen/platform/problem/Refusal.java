package cloud.citizen.platform.problem;

import java.util.OptionalLong;

/**
 * A domain operation refused for a reason the caller should know, e.g. a full slot. Plain Java on
 * purpose: domain code throws subclasses without depending on HTTP or framework types, and
 * {@link ProblemMappers} turns every one into problem+json in one place.
 */
public abstract class Refusal extends RuntimeException {
    private final int status;
    private final String code;
    private final String title;

    /** No stack trace: refusals are expected outcomes, and a login storm should not pay for stack walks. */
    protected Refusal(int status, String code, String detail) {
        this(status, code, null, detail);
    }

    protected Refusal(int status, String code, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
    }

    /** A short fixed summary of this kind of refusal; empty to use the one of the HTTP status. */
    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    /** Seconds after which a retry may succeed (rate limits, lockouts); empty when not applicable. */
    public OptionalLong retryAfterSeconds() {
        return OptionalLong.empty();
    }
}
