package cloud.citizen.votes.domain;

import cloud.citizen.platform.problem.Refusal;

/** The roster cannot change while an election of the community is open or being loaded. */
public final class RosterFrozenException extends Refusal {
    public RosterFrozenException(String detail) {
        super(409, "ROSTER_FROZEN", detail);
    }
}
