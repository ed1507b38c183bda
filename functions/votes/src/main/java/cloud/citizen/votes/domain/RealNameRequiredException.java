package cloud.citizen.votes.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** Only real-name verified users may be bound as owners. */
@ErrorDoc(status = 422, code = "REAL_NAME_REQUIRED", meaning = "The user must be real-name verified to own a unit", hint = "Staff: ask the owner to complete real-name verification first.")
public final class RealNameRequiredException extends Refusal {
    public RealNameRequiredException(String detail) {
        super(422, "REAL_NAME_REQUIRED", detail);
    }
}
