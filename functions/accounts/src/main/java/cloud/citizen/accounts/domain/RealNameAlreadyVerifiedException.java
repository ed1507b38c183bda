package cloud.citizen.accounts.domain;

/**
 * Real-name verification for an account that is already verified. A verified identity is not
 * replaced through the API: changing it is a support case, not a form submission.
 */
public final class RealNameAlreadyVerifiedException extends AccountRefusal {

    public RealNameAlreadyVerifiedException() {
        super("REAL_NAME_ALREADY_VERIFIED", 409, "Real name already verified",
                "This account has already completed real-name verification.");
    }
}
