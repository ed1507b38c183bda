package cloud.citizen.catalog.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** Also the answer for someone else's submission: whether it exists is not theirs to know. */
@ErrorDoc(status = 404, code = "SUBMISSION_NOT_FOUND", meaning = "No such submission", hint = "Reload the submissions.")
public final class SubmissionNotFoundException extends Refusal {
    public static final String CODE = "SUBMISSION_NOT_FOUND";

    public SubmissionNotFoundException() {
        super(404, CODE, "No such submission.");
    }
}
