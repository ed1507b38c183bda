package cloud.citizen.votes.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** Outside the voting window (not opened yet, past closesAt, or closed). */
@ErrorDoc(status = 409, code = "ELECTION_NOT_OPEN", meaning = "The election is not open", hint = "Reload the election and show its state.")
public final class ElectionNotOpenException extends Refusal {
    public ElectionNotOpenException(String detail) {
        super(409, "ELECTION_NOT_OPEN", detail);
    }
}
