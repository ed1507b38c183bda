package cloud.citizen.surveys.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cloud.citizen.platform.problem.FieldError;

/**
 * Checks a set of answers against a survey, question by question in definition order: a question
 * is shown unless its {@code showIf} controller is hidden or was not answered with one of the
 * listed options; a hidden question must not be answered and a required one must be answered only
 * when shown. Every bad question (and every unknown id) gets its own entry, never just the first.
 */
public final class AnswerCheck {
    /** Numbers stay exact in DynamoDB sums: at most 15 integer digits and 6 decimals. */
    public static final BigDecimal NUMBER_LIMIT = new BigDecimal("1e15");
    public static final int NUMBER_SCALE = 6;

    private AnswerCheck() {
    }

    /** @throws InvalidAnswersException with one entry per bad question */
    public static AcceptedAnswers accept(Survey survey, Map<String, Answer> answers) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Answer> accepted = new LinkedHashMap<>();
        Set<String> shown = new HashSet<>();
        for (Question question : survey.questions()) {
            Answer answer = answers.get(question.questionId());
            boolean answered = answer != null && !answer.isEmpty();
            if (!isShown(question, shown, answers)) {
                if (answered) {
                    errors.add(new FieldError(question.questionId(), "must not be answered: it is hidden by showIf"));
                }
                continue;
            }
            shown.add(question.questionId());
            if (!answered) {
                if (question.required()) {
                    errors.add(new FieldError(question.questionId(), "is required"));
                }
                continue;
            }
            Optional<String> problem = problemOf(question, answer);
            if (problem.isPresent()) {
                errors.add(new FieldError(question.questionId(), problem.get()));
            } else {
                accepted.put(question.questionId(), canonical(question, answer));
            }
        }
        answers.keySet().stream().filter(id -> survey.question(id).isEmpty()).sorted()
                .forEach(id -> errors.add(new FieldError(id, "is not a question of this survey")));
        if (!errors.isEmpty()) {
            throw new InvalidAnswersException(errors);
        }
        return new AcceptedAnswers(accepted);
    }

    private static boolean isShown(Question question, Set<String> shown, Map<String, Answer> answers) {
        if (question.showIf() == null) {
            return true;
        }
        ShowIf showIf = question.showIf();
        if (!shown.contains(showIf.questionId())) {
            return false;
        }
        Answer controlling = answers.get(showIf.questionId());
        if (controlling instanceof Answer.Text text) {
            return showIf.anyOf().contains(text.value());
        }
        if (controlling instanceof Answer.Choices choices) {
            return choices.values().stream().anyMatch(showIf.anyOf()::contains);
        }
        return false;
    }

    static Optional<String> problemOf(Question question, Answer answer) {
        return switch (question.type()) {
            case SINGLE -> answer instanceof Answer.Text text ? single(question, text.value())
                    : Optional.of("must be one option (a string)");
            case MULTIPLE -> answer instanceof Answer.Choices choices ? multiple(question, choices.values())
                    : Optional.of("must be an array of options");
            case TEXT -> answer instanceof Answer.Text text ? text(question, text.value())
                    : Optional.of("must be a string");
            case RATING -> answer instanceof Answer.Numeric number ? rating(question, number.value())
                    : Optional.of("must be a whole number");
            case NUMBER -> answer instanceof Answer.Numeric number ? number(question, number.value())
                    : Optional.of("must be a number");
        };
    }

    private static Optional<String> single(Question question, String value) {
        return question.options().contains(value) ? Optional.empty() : Optional.of("is not one of the options");
    }

    private static Optional<String> multiple(Question question, List<String> values) {
        if (!question.options().containsAll(values)) {
            return Optional.of("holds a value that is not one of the options");
        }
        if (new HashSet<>(values).size() != values.size()) {
            return Optional.of("picks an option twice");
        }
        if (values.size() < question.fewestChoices() || values.size() > question.mostChoices()) {
            return Optional.of("must pick " + question.fewestChoices() + " to " + question.mostChoices() + " options");
        }
        return Optional.empty();
    }

    private static Optional<String> text(Question question, String value) {
        int length = value.codePointCount(0, value.length());
        return length > question.textLimit() ? Optional.of("must be at most " + question.textLimit() + " characters")
                : Optional.empty();
    }

    private static Optional<String> rating(Question question, BigDecimal value) {
        if (!DefinitionCheck.isWhole(value) || value.compareTo(BigDecimal.valueOf(question.ratingLow())) < 0
                || value.compareTo(BigDecimal.valueOf(question.ratingHigh())) > 0) {
            return Optional.of("must be a whole number from " + question.ratingLow() + " to " + question.ratingHigh());
        }
        return Optional.empty();
    }

    private static Optional<String> number(Question question, BigDecimal value) {
        if (!fitsNumberScale(value)) {
            return Optional.of("must lie within ±" + NUMBER_LIMIT.toPlainString() + " with at most " + NUMBER_SCALE
                    + " decimals");
        }
        if ((question.min() != null && value.compareTo(question.min()) < 0)
                || (question.max() != null && value.compareTo(question.max()) > 0)) {
            return Optional.of("must be between " + bound(question.min()) + " and " + bound(question.max()));
        }
        return Optional.empty();
    }

    static boolean fitsNumberScale(BigDecimal value) {
        return value.abs().compareTo(NUMBER_LIMIT) < 0 && value.stripTrailingZeros().scale() <= NUMBER_SCALE;
    }

    private static String bound(BigDecimal value) {
        return value == null ? "any" : value.toPlainString();
    }

    /** Choices in option order (so exports and counters never depend on the order the app sent them). */
    private static Answer canonical(Question question, Answer answer) {
        if (answer instanceof Answer.Choices choices) {
            return new Answer.Choices(question.options().stream().filter(choices.values()::contains).toList());
        }
        if (answer instanceof Answer.Numeric number) {
            BigDecimal plain = number.value().stripTrailingZeros();
            return new Answer.Numeric(plain.scale() < 0 ? plain.setScale(0) : plain);
        }
        return answer;
    }
}
