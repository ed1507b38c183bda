package cloud.citizen.accounts.domain;

import java.util.OptionalLong;

/**
 * A domain operation of the accounts capability was refused for a reason the client can act on.
 * Each subclass is one way of being refused, with the API's stable error code and HTTP status;
 * the problem+json mapping lives in the API layer, so this stays plain Java.
 *
 * <p>No stack trace is captured: refusals are expected outcomes (a wrong password is not a bug),
 * and a login storm should not pay for thousands of stack walks. Details never contain phone or ID
 * numbers, passwords or codes, because they are returned to clients and may be logged.
 */
public abstract class AccountRefusal extends RuntimeException {

    private final String code;
    private final int status;
    private final String title;

    protected AccountRefusal(String code, int status, String title, String detail) {
        super(detail, null, false, false);
        this.code = code;
        this.status = status;
        this.title = title;
    }

    /** Stable UPPER_SNAKE code the app switches on, e.g. {@code BAD_SMS_CODE}. */
    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    /** Short, fixed summary of the problem type (problem+json {@code title}). */
    public String title() {
        return title;
    }

    /** Explanation of this occurrence (problem+json {@code detail}). */
    public String detail() {
        return getMessage();
    }

    /** Present for refusals that end by themselves; goes into the Retry-After header. */
    public OptionalLong retryAfterSeconds() {
        return OptionalLong.empty();
    }
}
