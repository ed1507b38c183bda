package cloud.citizen.surveys.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** You have already answered this survey. */
@ErrorDoc(status = 409, code = "ALREADY_RESPONDED", meaning = "The caller already answered this survey", hint = "Show the survey as answered.")
public class AlreadyRespondedException extends Refusal {
    public AlreadyRespondedException() {
        super(409, "ALREADY_RESPONDED", "You have already answered this survey.");
    }
}
