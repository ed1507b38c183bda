package cloud.citizen.votes.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** The caller owned no unit of this voting group when the election opened. */
@ErrorDoc(status = 403, code = "NOT_UNIT_OWNER", meaning = "The caller does not own this unit", hint = "Let the user pick one of GET /v1/me/units.")
public final class NotUnitOwnerException extends Refusal {
    public NotUnitOwnerException(String detail) {
        super(403, "NOT_UNIT_OWNER", detail);
    }
}
