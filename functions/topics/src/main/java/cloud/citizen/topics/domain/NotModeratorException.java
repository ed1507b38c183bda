package cloud.citizen.topics.domain;

import cloud.citizen.platform.problem.Refusal;

/** 403 FORBIDDEN: Only staff serving this topic's community may do this. */
public final class NotModeratorException extends Refusal {
    public static final String CODE = "FORBIDDEN";

    public NotModeratorException() {
        super(403, CODE, "Only staff serving this topic's community may do this.");
    }
}
