package cloud.citizen.surveys.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Live results as staff see them, read from the counters alone (no response is read): for every
 * question how many answered it, every option with its count (zeros included), the rating
 * distribution over the whole scale and its mean, number min/max/mean. Text answers appear only in
 * exports.
 */
public record SurveyResults(String surveyId, long responses, List<QuestionResult> questions) {

    /** Fields a type does not have are null (and left out of the JSON). */
    public record QuestionResult(String questionId, QuestionType type, long answered, Map<String, Long> counts,
            Map<String, Long> distribution, BigDecimal mean, BigDecimal min, BigDecimal max) {
    }

    public static SurveyResults of(Survey survey, Tally tally) {
        List<QuestionResult> questions = new java.util.ArrayList<>();
        for (int q = 0; q < survey.questions().size(); q++) {
            questions.add(resultOf(survey.questions().get(q), q, tally));
        }
        return new SurveyResults(survey.surveyId(), tally.count(Tally.RESPONSES), questions);
    }

    private static QuestionResult resultOf(Question question, int q, Tally tally) {
        long answered = tally.count(Tally.answered(q));
        switch (question.type()) {
            case SINGLE, MULTIPLE -> {
                Map<String, Long> counts = new LinkedHashMap<>();
                for (int i = 0; i < question.options().size(); i++) {
                    counts.put(question.options().get(i), tally.count(Tally.option(q, i)));
                }
                return new QuestionResult(question.questionId(), question.type(), answered, counts, null, null, null, null);
            }
            case RATING -> {
                Map<String, Long> distribution = new LinkedHashMap<>();
                for (int v = question.ratingLow(); v <= question.ratingHigh(); v++) {
                    distribution.put(Integer.toString(v), tally.count(Tally.rating(q, v)));
                }
                return new QuestionResult(question.questionId(), question.type(), answered, null, distribution,
                        mean(tally.total(Tally.sum(q)), answered), null, null);
            }
            case NUMBER -> {
                String key = Integer.toString(q);
                return new QuestionResult(question.questionId(), question.type(), answered, null, null,
                        mean(tally.total(Tally.sum(q)), answered), tally.lows().get(key), tally.highs().get(key));
            }
            default -> {
                return new QuestionResult(question.questionId(), question.type(), answered, null, null, null, null, null);
            }
        }
    }

    /** Null before the first answer; otherwise rounded half-up to 4 decimals. */
    private static BigDecimal mean(BigDecimal sum, long answered) {
        if (answered == 0) {
            return null;
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(answered), 4, RoundingMode.HALF_UP).stripTrailingZeros();
        return mean.scale() < 0 ? mean.setScale(0) : mean;
    }
}
