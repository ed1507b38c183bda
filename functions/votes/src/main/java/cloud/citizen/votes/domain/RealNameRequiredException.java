package cloud.citizen.votes.domain;

import cloud.citizen.platform.problem.Refusal;

/** Only real-name verified users may be bound as owners. */
public final class RealNameRequiredException extends Refusal {
    public RealNameRequiredException(String detail) {
        super(422, "REAL_NAME_REQUIRED", detail);
    }
}
