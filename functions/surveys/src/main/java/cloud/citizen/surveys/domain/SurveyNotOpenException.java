package cloud.citizen.surveys.domain;

import cloud.citizen.platform.problem.Refusal;

/** This survey is not open for responses now. */
public class SurveyNotOpenException extends Refusal {
    public SurveyNotOpenException() {
        super(409, "SURVEY_NOT_OPEN", "This survey is not open for responses now.");
    }
}
