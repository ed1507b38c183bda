package cloud.citizen.catalog.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

@ErrorDoc(status = 409, code = "ALREADY_DECIDED", meaning = "The submission is already decided", hint = "Reload the submission.")
public final class AlreadyDecidedException extends Refusal {
    public static final String CODE = "ALREADY_DECIDED";

    public AlreadyDecidedException() {
        super(409, CODE, "This submission has already been decided.");
    }
}
