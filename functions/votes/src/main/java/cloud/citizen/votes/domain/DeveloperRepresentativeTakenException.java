package cloud.citizen.votes.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** A developer-held unit gets one account only: the developer's representative. */
@ErrorDoc(status = 409, code = "DEVELOPER_REPRESENTATIVE_TAKEN", meaning = "The developer-held unit already has its representative", hint = "Staff: remove the current representative first.")
public final class DeveloperRepresentativeTakenException extends Refusal {
    public DeveloperRepresentativeTakenException(String detail) {
        super(409, "DEVELOPER_REPRESENTATIVE_TAKEN", detail);
    }
}
