package cloud.citizen.votes.domain;

import cloud.citizen.platform.problem.Refusal;

/** Results and the audit exist only after the election closed. */
public final class ElectionNotClosedException extends Refusal {
    public ElectionNotClosedException(String detail) {
        super(409, "ELECTION_NOT_CLOSED", detail);
    }
}
