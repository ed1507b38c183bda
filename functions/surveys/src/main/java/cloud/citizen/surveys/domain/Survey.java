package cloud.citizen.surveys.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A questionnaire. Definitions never change once created (there is no update route), so a survey
 * with responses can never change its questions and counters keyed by question and option
 * position stay valid for its whole life.
 *
 * @param communityId the community whose staff manage it; empty for a city-wide survey
 * @param maxResponses 0 for no limit
 */
public record Survey(String surveyId, String title, Instant opensAt, Instant closesAt, boolean anonymous,
        boolean requireRealName, int maxResponses, Optional<String> communityId, String createdBy,
        Instant createdAt, List<Question> questions) {

    public Survey {
        questions = List.copyOf(questions);
        communityId = communityId == null ? Optional.empty() : communityId;
    }

    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public OptionalInt responseLimit() {
        return maxResponses > 0 ? OptionalInt.of(maxResponses) : OptionalInt.empty();
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.questionId().equals(questionId)).findFirst();
    }

    public int indexOf(String questionId) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).questionId().equals(questionId)) {
                return i;
            }
        }
        return -1;
    }
}
