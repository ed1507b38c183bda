package cloud.citizen.votes.domain;

import cloud.citizen.platform.problem.Refusal;

/** The caller may not act on this community or election. */
public final class NotAllowedException extends Refusal {
    public NotAllowedException(String detail) {
        super(403, "FORBIDDEN", detail);
    }
}
