package cloud.citizen.surveys.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * An answer as the respondent sent it, before it is checked against its question: the JSON shape
 * only (a string, an array of strings, a number, or something else).
 */
public sealed interface Answer {

    /** A string: the option of a single-choice question, or a text answer. */
    record Text(String value) implements Answer {
    }

    /** An array of strings: the options of a multiple-choice question. */
    record Choices(List<String> values) implements Answer {
        public Choices {
            values = List.copyOf(values);
        }
    }

    /** A number: a rating or a number answer. */
    record Numeric(BigDecimal value) implements Answer {
    }

    /** Any other JSON value (a boolean, an object, a mixed array); always wrong. */
    record Unreadable(String shape) implements Answer {
    }

    /** Blank text and empty arrays count as not answered. */
    default boolean isEmpty() {
        return (this instanceof Text text && text.value().isBlank())
                || (this instanceof Choices choices && choices.values().isEmpty());
    }
}
