package cloud.citizen.votes.domain;

import cloud.citizen.platform.problem.Refusal;

/** The unit's voting group has cast its one ballot. */
public final class AlreadyVotedException extends Refusal {
    public AlreadyVotedException(String detail) {
        super(409, "ALREADY_VOTED", detail);
    }
}
