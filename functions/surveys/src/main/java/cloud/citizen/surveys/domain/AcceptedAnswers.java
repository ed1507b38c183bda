package cloud.citizen.surveys.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers that passed {@link AnswerCheck}, in definition order, canonical: choices in option order,
 * numbers without trailing zeros. Only shown, answered questions appear.
 */
public record AcceptedAnswers(Map<String, Answer> byQuestion) {
    public AcceptedAnswers {
        byQuestion = Collections.unmodifiableMap(new LinkedHashMap<>(byQuestion));
    }
}
