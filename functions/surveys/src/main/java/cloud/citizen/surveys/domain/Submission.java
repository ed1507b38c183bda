package cloud.citizen.surveys.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * An accepted response on its way to storage.
 *
 * @param respondent the marker that allows one response per person ({@link RespondentGuard})
 * @param userId     who answered; empty for anonymous surveys, whose stored response names nobody
 */
public record Submission(String responseId, String surveyId, String respondent, Optional<String> userId,
        AcceptedAnswers answers, Tally tally, Instant submittedAt) {
}
