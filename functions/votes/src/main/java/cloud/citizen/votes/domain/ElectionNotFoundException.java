package cloud.citizen.votes.domain;

import cloud.citizen.platform.problem.Refusal;

/** No such election. */
public final class ElectionNotFoundException extends Refusal {
    public ElectionNotFoundException(String detail) {
        super(404, "ELECTION_NOT_FOUND", detail);
    }
}
