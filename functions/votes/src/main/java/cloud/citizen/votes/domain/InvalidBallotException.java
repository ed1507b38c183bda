package cloud.citizen.votes.domain;

import cloud.citizen.platform.problem.Refusal;

/** Unknown choice, a duplicate, or more or fewer choices than allowed. */
public final class InvalidBallotException extends Refusal {
    public InvalidBallotException(String detail) {
        super(422, "INVALID_BALLOT", detail);
    }
}
