package cloud.citizen.topics.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** 403 REAL_NAME_REQUIRED: Posting needs a real-name verified account. */
@ErrorDoc(status = 403, code = "REAL_NAME_REQUIRED", meaning = "Real-name verification is needed first", hint = "Lead the user to real-name verification (POST /v1/me/real-name), then retry.")
public final class RealNameRequiredException extends Refusal {
    public static final String CODE = "REAL_NAME_REQUIRED";

    public RealNameRequiredException() {
        super(403, CODE, "Posting needs a real-name verified account.");
    }
}
