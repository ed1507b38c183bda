package cloud.citizen.appointments.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** Booking needs a real-name verified account (token claim realNameVerified). */
@ErrorDoc(status = 403, code = "REAL_NAME_REQUIRED", meaning = "Real-name verification is needed first", hint = "Lead the user to real-name verification (POST /v1/me/real-name), then retry.")
public final class RealNameRequiredException extends Refusal {

    public RealNameRequiredException() {
        super(403, "REAL_NAME_REQUIRED", "Real-name verification required", "Verify your real name in your profile before booking.");
    }
}
