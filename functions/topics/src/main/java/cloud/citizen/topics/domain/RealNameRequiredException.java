package cloud.citizen.topics.domain;

import cloud.citizen.platform.problem.Refusal;

/** 403 REAL_NAME_REQUIRED: Posting needs a real-name verified account. */
public final class RealNameRequiredException extends Refusal {
    public static final String CODE = "REAL_NAME_REQUIRED";

    public RealNameRequiredException() {
        super(403, CODE, "Posting needs a real-name verified account.");
    }
}
