package cloud.citizen.surveys.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cloud.citizen.platform.problem.FieldError;

/**
 * The rules a survey definition must follow before anyone can answer it: unique question ids and
 * options, bounds that make sense for the type, and {@code showIf} only on an earlier choice
 * question with values among its options (so visibility is decided in one pass, in order, and can
 * never loop). Field names are JSON paths into the request, e.g. {@code questions[2].showIf}.
 */
public final class DefinitionCheck {
    public static final int MAX_QUESTIONS = 50;
    public static final int MAX_OPTIONS = 30;
    public static final int MAX_RATING_STEPS = 11;
    public static final int MAX_TEXT_LENGTH = 2000;

    private DefinitionCheck() {
    }

    /** @throws InvalidSurveyException naming every problem found */
    public static void requireValid(Survey survey) {
        List<FieldError> problems = problems(survey);
        if (!problems.isEmpty()) {
            throw new InvalidSurveyException(problems);
        }
    }

    public static List<FieldError> problems(Survey survey) {
        List<FieldError> problems = new ArrayList<>();
        if (!survey.closesAt().isAfter(survey.opensAt())) {
            problems.add(new FieldError("closesAt", "must be after opensAt"));
        }
        if (survey.maxResponses() < 0) {
            problems.add(new FieldError("maxResponses", "must be at least 1"));
        }
        if (survey.questions().isEmpty() || survey.questions().size() > MAX_QUESTIONS) {
            problems.add(new FieldError("questions", "must hold 1 to " + MAX_QUESTIONS + " questions"));
        }
        Map<String, Question> earlier = new HashMap<>();
        for (int i = 0; i < survey.questions().size(); i++) {
            Question question = survey.questions().get(i);
            String at = "questions[" + i + "]";
            if (earlier.containsKey(question.questionId())) {
                problems.add(new FieldError(at + ".questionId", "repeats the id " + question.questionId()));
            }
            checkBounds(question, at, problems);
            question.condition().ifPresent(showIf -> checkShowIf(showIf, earlier, at + ".showIf", problems));
            earlier.putIfAbsent(question.questionId(), question);
        }
        return problems;
    }

    private static void checkBounds(Question q, String at, List<FieldError> problems) {
        if (q.type().isChoice()) {
            checkOptions(q, at, problems);
        } else if (!q.options().isEmpty()) {
            problems.add(new FieldError(at + ".options", "only choice questions have options"));
        }
        if (q.type() != QuestionType.MULTIPLE && (q.minChoices() != null || q.maxChoices() != null)) {
            problems.add(new FieldError(at + ".minChoices", "only multiple-choice questions have minChoices/maxChoices"));
        } else if (q.type() == QuestionType.MULTIPLE) {
            checkChoiceCounts(q, at, problems);
        }
        if (q.maxLength() != null && (q.type() != QuestionType.TEXT || q.maxLength() < 1 || q.maxLength() > MAX_TEXT_LENGTH)) {
            problems.add(new FieldError(at + ".maxLength", "only text questions have maxLength, from 1 to " + MAX_TEXT_LENGTH));
        }
        boolean numeric = q.type() == QuestionType.RATING || q.type() == QuestionType.NUMBER;
        if (!numeric && (q.min() != null || q.max() != null)) {
            problems.add(new FieldError(at + ".min", "only rating and number questions have min/max"));
        } else if (q.min() != null && q.max() != null && q.min().compareTo(q.max()) > 0) {
            problems.add(new FieldError(at + ".min", "must not be greater than max"));
        } else if (q.type() == QuestionType.RATING) {
            checkRatingScale(q, at, problems);
        } else if (q.type() == QuestionType.NUMBER && (outOfScale(q.min()) || outOfScale(q.max()))) {
            problems.add(new FieldError(at + ".min", "min and max must lie within ±" + AnswerCheck.NUMBER_LIMIT
                    + " with at most " + AnswerCheck.NUMBER_SCALE + " decimals"));
        }
    }

    private static void checkOptions(Question q, String at, List<FieldError> problems) {
        if (q.options().isEmpty() || q.options().size() > MAX_OPTIONS) {
            problems.add(new FieldError(at + ".options", "a choice question needs 1 to " + MAX_OPTIONS + " options"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String option : q.options()) {
            if (option == null || option.isBlank() || option.length() > 200) {
                problems.add(new FieldError(at + ".options", "options must be 1 to 200 characters"));
                return;
            }
            if (!seen.add(option)) {
                problems.add(new FieldError(at + ".options", "repeats the option " + option));
                return;
            }
        }
    }

    private static void checkChoiceCounts(Question q, String at, List<FieldError> problems) {
        int options = q.options().size();
        Integer min = q.minChoices();
        Integer max = q.maxChoices();
        if ((min != null && (min < 0 || min > options)) || (max != null && (max < 1 || max > options))
                || (min != null && max != null && min > max)) {
            problems.add(new FieldError(at + ".minChoices",
                    "need 0 <= minChoices <= maxChoices <= number of options, and maxChoices >= 1"));
        }
    }

    private static void checkRatingScale(Question q, String at, List<FieldError> problems) {
        BigDecimal low = q.min() == null ? BigDecimal.valueOf(Question.RATING_LOW) : q.min();
        BigDecimal high = q.max() == null ? BigDecimal.valueOf(Question.RATING_HIGH) : q.max();
        if (!isWhole(low) || !isWhole(high) || low.signum() < 0 || high.compareTo(BigDecimal.valueOf(100)) > 0
                || high.subtract(low).intValue() + 1 > MAX_RATING_STEPS || low.compareTo(high) >= 0) {
            problems.add(new FieldError(at + ".min", "a rating scale is 2 to " + MAX_RATING_STEPS
                    + " whole steps between 0 and 100 (default 1-5)"));
        }
    }

    private static void checkShowIf(ShowIf showIf, Map<String, Question> earlier, String at, List<FieldError> problems) {
        Question controller = earlier.get(showIf.questionId());
        if (controller == null) {
            problems.add(new FieldError(at + ".questionId", "must name an earlier question"));
        } else if (!controller.type().isChoice()) {
            problems.add(new FieldError(at + ".questionId", "must name a single or multiple choice question"));
        } else if (showIf.anyOf().isEmpty()) {
            problems.add(new FieldError(at + ".anyOf", "must list at least one option"));
        } else if (!controller.options().containsAll(showIf.anyOf())) {
            problems.add(new FieldError(at + ".anyOf", "must be options of question " + controller.questionId()));
        }
    }

    static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }

    private static boolean outOfScale(BigDecimal value) {
        return value != null && !AnswerCheck.fitsNumberScale(value);
    }
}
