package cloud.citizen.surveys.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** There is no such survey. */
@ErrorDoc(status = 404, code = "SURVEY_NOT_FOUND", meaning = "No such survey", hint = "Reload the survey list.")
public class SurveyNotFoundException extends Refusal {
    public SurveyNotFoundException() {
        super(404, "SURVEY_NOT_FOUND", "There is no such survey.");
    }
}
