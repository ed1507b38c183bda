package cloud.citizen.surveys.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cloud.citizen.surveys.domain.Answer;
import cloud.citizen.surveys.domain.Question;
import cloud.citizen.surveys.domain.Survey;
import cloud.citizen.surveys.testing.SurveyScenarios.Scenario;

/** Breaks a valid answer set in at least one known place: wrong types, bad values, missing, hidden, unknown. */
final class AnswerBreaker {
    private AnswerBreaker() {
    }

    static Scenario breakSome(Survey survey, Map<String, Answer> valid, Random random) {
        Map<String, Answer> answers = new LinkedHashMap<>(valid);
        Set<String> bad = new LinkedHashSet<>();
        for (Question question : survey.questions()) {
            if (controlsAnother(survey, question) || random.nextInt(3) != 0) {
                continue;
            }
            if (!Visibility.isShown(survey, question, valid)) {
                answers.put(question.questionId(), SurveyScenarios.validAnswer(question, random));
                bad.add(question.questionId());
            } else if (question.required() && random.nextBoolean()) {
                answers.remove(question.questionId());
                bad.add(question.questionId());
            } else {
                answers.put(question.questionId(), random.nextBoolean() ? wrongType(question, random) : badValue(question, random));
                bad.add(question.questionId());
            }
        }
        if (bad.isEmpty() || random.nextInt(4) == 0) {
            String unknown = "unknown" + random.nextInt(100);
            answers.put(unknown, new Answer.Text("?"));
            bad.add(unknown);
        }
        return new Scenario(survey, answers, bad);
    }

    private static boolean controlsAnother(Survey survey, Question question) {
        return survey.questions().stream()
                .anyMatch(q -> q.showIf() != null && q.showIf().questionId().equals(question.questionId()));
    }

    private static Answer wrongType(Question q, Random random) {
        List<Answer> wrong = new ArrayList<>(List.of(new Answer.Unreadable("boolean")));
        switch (q.type()) {
            case SINGLE -> wrong.addAll(List.of(new Answer.Numeric(BigDecimal.ONE), new Answer.Choices(List.of(q.options().get(0)))));
            case MULTIPLE -> wrong.addAll(List.of(new Answer.Text(q.options().get(0)), new Answer.Numeric(BigDecimal.TEN)));
            case TEXT -> wrong.addAll(List.of(new Answer.Numeric(BigDecimal.ONE), new Answer.Choices(List.of("a"))));
            case RATING, NUMBER -> wrong.addAll(List.of(new Answer.Text("3"), new Answer.Choices(List.of("3"))));
        }
        return wrong.get(random.nextInt(wrong.size()));
    }

    private static Answer badValue(Question q, Random random) {
        switch (q.type()) {
            case SINGLE:
                return new Answer.Text("不是选项");
            case MULTIPLE: {
                List<Answer> bad = new ArrayList<>(List.of(new Answer.Choices(List.of(q.options().get(0), "不是选项")),
                        new Answer.Choices(List.of(q.options().get(0), q.options().get(0)))));
                if (q.mostChoices() < q.options().size()) {
                    bad.add(new Answer.Choices(q.options().subList(0, q.mostChoices() + 1)));
                }
                if (q.fewestChoices() > 1) {
                    bad.add(new Answer.Choices(q.options().subList(0, q.fewestChoices() - 1)));
                }
                return bad.get(random.nextInt(bad.size()));
            }
            case TEXT:
                return new Answer.Text("长".repeat(q.textLimit() + 1));
            case RATING:
                return random.nextBoolean() ? new Answer.Numeric(BigDecimal.valueOf(q.ratingHigh() + 1))
                        : new Answer.Numeric(new BigDecimal(q.ratingLow() + ".5"));
            default:
                if (q.max() != null && random.nextBoolean()) {
                    return new Answer.Numeric(q.max().add(BigDecimal.ONE));
                }
                if (q.min() != null && random.nextBoolean()) {
                    return new Answer.Numeric(q.min().subtract(new BigDecimal("0.1")));
                }
                return new Answer.Numeric(new BigDecimal("1e16"));
        }
    }
}
