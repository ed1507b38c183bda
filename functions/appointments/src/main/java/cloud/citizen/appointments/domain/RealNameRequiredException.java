package cloud.citizen.appointments.domain;

/** Booking needs a real-name verified account (token claim realNameVerified). */
public final class RealNameRequiredException extends AppointmentRefusal {

    public RealNameRequiredException() {
        super(403, "REAL_NAME_REQUIRED", "Real-name verification required", "Verify your real name in your profile before booking.");
    }
}
