package cloud.citizen.votes.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** Results and the audit exist only after the election closed. */
@ErrorDoc(status = 409, code = "ELECTION_NOT_CLOSED", meaning = "Results exist only after the election closes", hint = "Show the live turnout; try after closesAt.")
public final class ElectionNotClosedException extends Refusal {
    public ElectionNotClosedException(String detail) {
        super(409, "ELECTION_NOT_CLOSED", detail);
    }
}
