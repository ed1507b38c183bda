package cloud.citizen.surveys.domain;

import cloud.citizen.platform.problem.Refusal;

/** This survey is for real-name verified citizens only. */
public class RealNameRequiredException extends Refusal {
    public RealNameRequiredException() {
        super(403, "REAL_NAME_REQUIRED", "This survey is for real-name verified citizens only.");
    }
}
