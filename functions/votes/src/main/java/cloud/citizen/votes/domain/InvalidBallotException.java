package cloud.citizen.votes.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** Unknown choice, a duplicate, or more or fewer choices than allowed. */
@ErrorDoc(status = 422, code = "INVALID_BALLOT", meaning = "The choices do not fit the election", hint = "Ask the user to choose again (one option; 1..seats distinct candidates).")
public final class InvalidBallotException extends Refusal {
    public InvalidBallotException(String detail) {
        super(422, "INVALID_BALLOT", detail);
    }
}
