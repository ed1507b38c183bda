package cloud.citizen.surveys.domain;

import cloud.citizen.platform.problem.Refusal;

/** There is no such survey. */
public class SurveyNotFoundException extends Refusal {
    public SurveyNotFoundException() {
        super(404, "SURVEY_NOT_FOUND", "There is no such survey.");
    }
}
