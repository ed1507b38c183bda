package cloud.citizen.votes.domain;

import cloud.citizen.platform.problem.Refusal;

/** An election whose fields are well-formed but contradict each other. */
public final class InvalidElectionException extends Refusal {
    public InvalidElectionException(String detail) {
        super(422, "INVALID_ELECTION", detail);
    }
}
