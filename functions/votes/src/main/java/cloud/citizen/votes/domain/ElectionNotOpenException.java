package cloud.citizen.votes.domain;

import cloud.citizen.platform.problem.Refusal;

/** Outside the voting window (not opened yet, past closesAt, or closed). */
public final class ElectionNotOpenException extends Refusal {
    public ElectionNotOpenException(String detail) {
        super(409, "ELECTION_NOT_OPEN", detail);
    }
}
