package cloud.citizen.votes.domain;

import cloud.citizen.platform.problem.Refusal;

/** No such unit in the community. */
public final class UnitNotFoundException extends Refusal {
    public UnitNotFoundException(String detail) {
        super(404, "UNIT_NOT_FOUND", detail);
    }
}
