package cloud.citizen.surveys.service;

import java.util.Optional;

import cloud.citizen.platform.outbox.OutboxEvent;
import cloud.citizen.surveys.domain.AlreadyRespondedException;
import cloud.citizen.surveys.domain.Submission;
import cloud.citizen.surveys.domain.Survey;
import cloud.citizen.surveys.domain.SurveyFullException;

/**
 * Stores a response, its respondent marker, its counters, the response limit and its usage event
 * all or nothing.
 */
public interface ResponseBook {

    /**
     * @throws AlreadyRespondedException when the respondent's marker exists
     * @param usage the {@code usage} event for stats, written in the same transaction
     * @throws SurveyFullException       when the survey has taken its {@code maxResponses}
     */
    void record(Survey survey, Submission submission, Optional<OutboxEvent> usage);
}
