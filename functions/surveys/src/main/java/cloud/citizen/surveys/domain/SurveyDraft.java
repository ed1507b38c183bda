package cloud.citizen.surveys.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A definition as staff submitted it, before it gets an id and is checked by {@link DefinitionCheck}. */
public record SurveyDraft(String title, Instant opensAt, Instant closesAt, boolean anonymous, boolean requireRealName,
        int maxResponses, Optional<String> communityId, List<Question> questions) {

    public Survey toSurvey(String surveyId, String createdBy, Instant createdAt) {
        return new Survey(surveyId, title, opensAt, closesAt, anonymous, requireRealName, maxResponses, communityId,
                createdBy, createdAt, questions);
    }
}
