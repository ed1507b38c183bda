package cloud.citizen.appointments.domain;

import cloud.citizen.platform.problem.Refusal;

/** Booking needs a real-name verified account (token claim realNameVerified). */
public final class RealNameRequiredException extends Refusal {

    public RealNameRequiredException() {
        super(403, "REAL_NAME_REQUIRED", "Real-name verification required", "Verify your real name in your profile before booking.");
    }
}
