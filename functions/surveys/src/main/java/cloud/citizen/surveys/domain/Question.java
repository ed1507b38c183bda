package cloud.citizen.surveys.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One question of a survey. Bounds that a type does not use stay null; {@link DefinitionCheck}
 * refuses a definition that sets them anyway.
 *
 * @param minChoices multiple: fewest options an answer picks (null: at least one)
 * @param maxChoices multiple: most options an answer picks (null: all)
 * @param maxLength  text: longest answer in characters (null: {@link #DEFAULT_MAX_LENGTH})
 * @param min        rating (default 1) and number: smallest value allowed
 * @param max        rating (default 5) and number: largest value allowed
 */
public record Question(String questionId, QuestionType type, String title, boolean required, List<String> options,
        Integer minChoices, Integer maxChoices, Integer maxLength, BigDecimal min, BigDecimal max, ShowIf showIf) {
    public static final int DEFAULT_MAX_LENGTH = 2000;
    public static final int RATING_LOW = 1;
    public static final int RATING_HIGH = 5;

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public Optional<ShowIf> condition() {
        return Optional.ofNullable(showIf);
    }

    public int textLimit() {
        return maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
    }

    public int fewestChoices() {
        return minChoices == null ? 1 : Math.max(1, minChoices);
    }

    public int mostChoices() {
        return maxChoices == null ? options.size() : maxChoices;
    }

    /** The lowest rating (1 unless min says otherwise); only for rating questions. */
    public int ratingLow() {
        return min == null ? RATING_LOW : min.intValueExact();
    }

    public int ratingHigh() {
        return max == null ? RATING_HIGH : max.intValueExact();
    }

    public int optionIndex(String option) {
        return options.indexOf(option);
    }
}
