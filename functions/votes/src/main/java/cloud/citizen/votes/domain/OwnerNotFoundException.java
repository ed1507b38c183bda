package cloud.citizen.votes.domain;

import cloud.citizen.platform.problem.Refusal;

/** The user is not an owner of the unit. */
public final class OwnerNotFoundException extends Refusal {
    public OwnerNotFoundException(String detail) {
        super(404, "OWNER_NOT_FOUND", detail);
    }
}
