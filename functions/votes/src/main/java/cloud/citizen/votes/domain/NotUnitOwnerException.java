package cloud.citizen.votes.domain;

import cloud.citizen.platform.problem.Refusal;

/** The caller owned no unit of this voting group when the election opened. */
public final class NotUnitOwnerException extends Refusal {
    public NotUnitOwnerException(String detail) {
        super(403, "NOT_UNIT_OWNER", detail);
    }
}
