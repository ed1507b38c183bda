package cloud.citizen.votes.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** The caller may not act on this community or election. */
@ErrorDoc(status = 403, code = "FORBIDDEN", meaning = "Not an owner or staff of this community", hint = "Hide the action for this user; do not retry.")
public final class NotAllowedException extends Refusal {
    public NotAllowedException(String detail) {
        super(403, "FORBIDDEN", detail);
    }
}
