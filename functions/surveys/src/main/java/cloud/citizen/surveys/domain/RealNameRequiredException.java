package cloud.citizen.surveys.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** This survey is for real-name verified citizens only. */
@ErrorDoc(status = 403, code = "REAL_NAME_REQUIRED", meaning = "Real-name verification is needed first", hint = "Lead the user to real-name verification (POST /v1/me/real-name), then retry.")
public class RealNameRequiredException extends Refusal {
    public RealNameRequiredException() {
        super(403, "REAL_NAME_REQUIRED", "This survey is for real-name verified citizens only.");
    }
}
