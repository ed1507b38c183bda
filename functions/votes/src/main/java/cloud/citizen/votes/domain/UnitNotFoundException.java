package cloud.citizen.votes.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** No such unit in the community. */
@ErrorDoc(status = 404, code = "UNIT_NOT_FOUND", meaning = "No such unit", hint = "Reload the unit list.")
public final class UnitNotFoundException extends Refusal {
    public UnitNotFoundException(String detail) {
        super(404, "UNIT_NOT_FOUND", detail);
    }
}
