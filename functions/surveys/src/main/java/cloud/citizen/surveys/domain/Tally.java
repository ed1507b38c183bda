package cloud.citizen.surveys.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The live counters of a survey, by name: {@code responses}; per question index q:
 * {@code a_q} (answered), {@code o_q_i} (option i picked), {@code d_q_v} (rating v given),
 * {@code s_q} (sum of ratings or numbers), and for numbers the extremes {@code lo_q}/{@code hi_q}.
 * A response adds {@link #of}; the store keeps several shards of these and {@link #plus} folds them.
 */
public record Tally(Map<String, BigDecimal> counters, Map<String, BigDecimal> lows, Map<String, BigDecimal> highs) {
    public static final String RESPONSES = "responses";

    public Tally {
        counters = Map.copyOf(counters);
        lows = Map.copyOf(lows);
        highs = Map.copyOf(highs);
    }

    public static Tally empty() {
        return new Tally(Map.of(), Map.of(), Map.of());
    }

    /** What one accepted response adds: +1 per counter it touches, its ratings and numbers to the sums. */
    public static Tally of(Survey survey, AcceptedAnswers answers) {
        Map<String, BigDecimal> counters = new LinkedHashMap<>();
        Map<String, BigDecimal> extremes = new LinkedHashMap<>();
        counters.put(RESPONSES, BigDecimal.ONE);
        answers.byQuestion().forEach((questionId, answer) -> {
            int q = survey.indexOf(questionId);
            Question question = survey.questions().get(q);
            counters.put(answered(q), BigDecimal.ONE);
            if (answer instanceof Answer.Text text && question.type() == QuestionType.SINGLE) {
                counters.put(option(q, question.optionIndex(text.value())), BigDecimal.ONE);
            } else if (answer instanceof Answer.Choices choices) {
                choices.values().forEach(value -> counters.put(option(q, question.optionIndex(value)), BigDecimal.ONE));
            } else if (answer instanceof Answer.Numeric number) {
                counters.put(sum(q), number.value());
                if (question.type() == QuestionType.RATING) {
                    counters.put(rating(q, number.value().intValueExact()), BigDecimal.ONE);
                } else {
                    extremes.put(Integer.toString(q), number.value());
                }
            }
        });
        return new Tally(counters, extremes, extremes);
    }

    /** Two shards together: counters add up, extremes keep the lower low and the higher high. */
    public Tally plus(Tally other) {
        Map<String, BigDecimal> sum = new HashMap<>(counters);
        other.counters.forEach((name, value) -> sum.merge(name, value, BigDecimal::add));
        Map<String, BigDecimal> low = new HashMap<>(lows);
        other.lows.forEach((name, value) -> low.merge(name, value, BigDecimal::min));
        Map<String, BigDecimal> high = new HashMap<>(highs);
        other.highs.forEach((name, value) -> high.merge(name, value, BigDecimal::max));
        return new Tally(sum, low, high);
    }

    public long count(String name) {
        return counters.getOrDefault(name, BigDecimal.ZERO).longValue();
    }

    public BigDecimal total(String name) {
        return counters.getOrDefault(name, BigDecimal.ZERO);
    }

    public static String answered(int q) {
        return "a_" + q;
    }

    public static String option(int q, int optionIndex) {
        return "o_" + q + "_" + optionIndex;
    }

    public static String rating(int q, int value) {
        return "d_" + q + "_" + value;
    }

    public static String sum(int q) {
        return "s_" + q;
    }
}
