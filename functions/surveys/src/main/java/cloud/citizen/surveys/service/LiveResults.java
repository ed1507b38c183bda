package cloud.citizen.surveys.service;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.surveys.domain.Survey;
import cloud.citizen.surveys.domain.SurveyNotFoundException;
import cloud.citizen.surveys.domain.SurveyResults;

/** Results for the survey's managers, from its counters alone. */
public final class LiveResults {
    private final SurveyCatalog catalog;
    private final TallyReader tallies;

    public LiveResults(SurveyCatalog catalog, TallyReader tallies) {
        this.catalog = catalog;
        this.tallies = tallies;
    }

    public SurveyResults of(Caller caller, String surveyId) {
        Survey survey = catalog.find(surveyId).orElseThrow(SurveyNotFoundException::new);
        SurveyAccess.requireManager(caller, survey);
        return SurveyResults.of(survey, tallies.totals(surveyId));
    }
}
