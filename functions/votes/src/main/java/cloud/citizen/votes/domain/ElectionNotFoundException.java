package cloud.citizen.votes.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** No such election. */
@ErrorDoc(status = 404, code = "ELECTION_NOT_FOUND", meaning = "No such election", hint = "Reload the election list.")
public final class ElectionNotFoundException extends Refusal {
    public ElectionNotFoundException(String detail) {
        super(404, "ELECTION_NOT_FOUND", detail);
    }
}
