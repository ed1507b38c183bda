package cloud.citizen.surveys.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/** This survey is not open for responses now. */
@ErrorDoc(status = 409, code = "SURVEY_NOT_OPEN", meaning = "The survey is not open now", hint = "Show the survey as not open (opensAt/closesAt).")
public class SurveyNotOpenException extends Refusal {
    public SurveyNotOpenException() {
        super(409, "SURVEY_NOT_OPEN", "This survey is not open for responses now.");
    }
}
