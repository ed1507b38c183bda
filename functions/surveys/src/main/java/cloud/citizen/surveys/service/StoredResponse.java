package cloud.citizen.surveys.service;

import java.time.Instant;

import cloud.citizen.surveys.domain.AcceptedAnswers;

/** A response as an export reads it back: never who gave it. */
public record StoredResponse(String responseId, Instant submittedAt, AcceptedAnswers answers) {
}
