package cloud.citizen.surveys.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Request bodies as JSON shapes; {@link SurveysValidation} turns them into domain values. */
public final class SurveysRequests {
    private SurveysRequests() {
    }

    public record CreateSurveyRequest(String title, String opensAt, String closesAt, Boolean anonymous,
            Boolean requireRealName, Integer maxResponses, String communityId, List<QuestionRequest> questions) {
    }

    public record QuestionRequest(String questionId, String type, String title, Boolean required, List<String> options,
            Integer minChoices, Integer maxChoices, Integer maxLength, BigDecimal min, BigDecimal max,
            ShowIfRequest showIf) {
    }

    public record ShowIfRequest(String questionId, List<String> anyOf) {
    }

    /** Answers stay raw JSON here: their expected shape depends on the question. */
    public record ResponseRequest(Map<String, JsonNode> answers) {
    }
}
