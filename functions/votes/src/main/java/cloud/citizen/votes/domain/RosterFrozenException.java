package cloud.citizen.votes.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** The roster cannot change while an election of the community is open or being loaded. */
@ErrorDoc(status = 409, code = "ROSTER_FROZEN", meaning = "Units cannot change after an election opened", hint = "Staff: change units after the election closes.")
public final class RosterFrozenException extends Refusal {
    public RosterFrozenException(String detail) {
        super(409, "ROSTER_FROZEN", detail);
    }
}
