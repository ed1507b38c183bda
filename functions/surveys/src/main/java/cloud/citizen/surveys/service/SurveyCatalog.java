package cloud.citizen.surveys.service;

import java.util.Optional;

import cloud.citizen.platform.paging.Page;
import cloud.citizen.platform.paging.PageRequest;
import cloud.citizen.surveys.domain.Survey;

/** Survey definitions: written once, read on every response. */
public interface SurveyCatalog {

    void add(Survey survey);

    Optional<Survey> find(String surveyId);

    /** Newest first. */
    Page<Survey> list(PageRequest page);
}
