package cloud.citizen.votes.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** The unit's voting group has cast its one ballot. */
@ErrorDoc(status = 409, code = "ALREADY_VOTED", meaning = "A ballot for this unit (or its voting group) is in", hint = "Show the receipt of the earlier ballot; nothing to do.")
public final class AlreadyVotedException extends Refusal {
    public AlreadyVotedException(String detail) {
        super(409, "ALREADY_VOTED", detail);
    }
}
