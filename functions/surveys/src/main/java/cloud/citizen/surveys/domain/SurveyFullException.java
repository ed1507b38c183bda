package cloud.citizen.surveys.domain;

import cloud.citizen.platform.problem.Refusal;

/** This survey has received all the responses it takes. */
public class SurveyFullException extends Refusal {
    public SurveyFullException() {
        super(409, "SURVEY_FULL", "This survey has received all the responses it takes.");
    }
}
