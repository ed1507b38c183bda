package cloud.citizen.votes.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** The user is not an owner of the unit. */
@ErrorDoc(status = 404, code = "OWNER_NOT_FOUND", meaning = "No such owner of this unit", hint = "Reload the unit.")
public final class OwnerNotFoundException extends Refusal {
    public OwnerNotFoundException(String detail) {
        super(404, "OWNER_NOT_FOUND", detail);
    }
}
