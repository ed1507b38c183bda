package cloud.citizen.surveys.service;

import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;
import cloud.citizen.surveys.domain.Survey;
import cloud.citizen.surveys.domain.SurveyNotFoundException;

/** Any signed-in person may see the surveys and their questions. */
public final class SurveyBrowsing {
    private final SurveyCatalog catalog;

    public SurveyBrowsing(SurveyCatalog catalog) {
        this.catalog = catalog;
    }

    public Survey get(String surveyId) {
        return catalog.find(surveyId).orElseThrow(SurveyNotFoundException::new);
    }

    public Page<Survey> list(PageRequest page) {
        return catalog.list(page);
    }
}
