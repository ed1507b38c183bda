package cloud.citizen.accounts.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/**
 * Real-name verification for an account that is already verified. A verified identity is not
 * replaced through the API: changing it is a support case, not a form submission.
 */
@ErrorDoc(status = 409, code = "REAL_NAME_ALREADY_VERIFIED", meaning = "Real-name verification is already done", hint = "Refresh the profile; nothing to do.")
public final class RealNameAlreadyVerifiedException extends Refusal {

    public RealNameAlreadyVerifiedException() {
        super(409, "REAL_NAME_ALREADY_VERIFIED", "Real name already verified",
                "This account has already completed real-name verification.");
    }
}
