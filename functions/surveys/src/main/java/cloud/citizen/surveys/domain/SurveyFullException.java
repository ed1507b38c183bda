package cloud.citizen.surveys.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** This survey has received all the responses it takes. */
@ErrorDoc(status = 409, code = "SURVEY_FULL", meaning = "The survey has all the responses it takes", hint = "Show the survey as closed.")
public class SurveyFullException extends Refusal {
    public SurveyFullException() {
        super(409, "SURVEY_FULL", "This survey has received all the responses it takes.");
    }
}
