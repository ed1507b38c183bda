package cloud.citizen.surveys.service;

import cloud.citizen.surveys.domain.Tally;

/** The counters of a survey, summed over their shards. */
public interface TallyReader {

    Tally totals(String surveyId);
}
