package cloud.citizen.votes.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** An election whose fields are well-formed but contradict each other. */
@ErrorDoc(status = 422, code = "INVALID_ELECTION", meaning = "The election definition is not valid", hint = "Staff: fix what detail names (times, seats, candidates).")
public final class InvalidElectionException extends Refusal {
    public InvalidElectionException(String detail) {
        super(422, "INVALID_ELECTION", detail);
    }
}
