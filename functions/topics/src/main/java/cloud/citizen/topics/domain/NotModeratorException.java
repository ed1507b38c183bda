package cloud.citizen.topics.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** 403 FORBIDDEN: Only staff serving this topic's community may do this. */
@ErrorDoc(status = 403, code = "FORBIDDEN", meaning = "Only staff serving the topic's community", hint = "Hide the action for this user; do not retry.")
public final class NotModeratorException extends Refusal {
    public static final String CODE = "FORBIDDEN";

    public NotModeratorException() {
        super(403, CODE, "Only staff serving this topic's community may do this.");
    }
}
