package cloud.citizen.surveys.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import cloud.citizen.surveys.domain.Answer;
import cloud.citizen.surveys.domain.Question;
import cloud.citizen.surveys.domain.QuestionType;
import cloud.citizen.surveys.domain.ShowIf;
import cloud.citizen.surveys.domain.Survey;

/**
 * Generated surveys (every type, bounds, showIf chains) with answer sets that are valid, or broken
 * in known places: each broken question is recorded in {@code badQuestions}, so a test can demand
 * exactly one error per bad question. Only questions that control nobody are broken (breaking a
 * controller would change which later questions are shown).
 */
public final class SurveyScenarios {

    /** A survey, answers for it, and the question ids the answers get wrong (empty: all valid). */
    public record Scenario(Survey survey, Map<String, Answer> answers, Set<String> badQuestions) {
    }

    private SurveyScenarios() {
    }

    public static Arbitrary<Survey> surveys() {
        return Arbitraries.randomValue(SurveyScenarios::survey);
    }

    public static Arbitrary<Scenario> validAnswers() {
        return Arbitraries.randomValue(random -> {
            Survey survey = survey(random);
            return new Scenario(survey, validAnswers(survey, random), Set.of());
        });
    }

    public static Arbitrary<Scenario> invalidAnswers() {
        return Arbitraries.randomValue(random -> {
            Survey survey = survey(random);
            return AnswerBreaker.breakSome(survey, validAnswers(survey, random), random);
        });
    }

    static Survey survey(Random random) {
        int count = 1 + random.nextInt(8);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            questions.add(question("q" + i, QuestionType.values()[random.nextInt(5)], questions, random));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new Survey("s-generated", "生成的问卷", now.minusSeconds(60), now.plusSeconds(86_400), random.nextBoolean(),
                false, 0, Optional.empty(), "u-staff", now, questions);
    }

    private static Question question(String id, QuestionType type, List<Question> earlier, Random random) {
        boolean required = random.nextBoolean();
        ShowIf showIf = showIf(earlier, random);
        switch (type) {
            case SINGLE:
                return new Question(id, type, "单选 " + id, required, options(random), null, null, null, null, null, showIf);
            case MULTIPLE: {
                List<String> options = options(random);
                Integer min = random.nextBoolean() ? null : random.nextInt(options.size() + 1);
                int floor = Math.max(1, min == null ? 1 : min);
                Integer max = random.nextBoolean() ? null : floor + random.nextInt(options.size() - floor + 1);
                return new Question(id, type, "多选 " + id, required, options, min, max, null, null, null, showIf);
            }
            case TEXT:
                return new Question(id, type, "文本 " + id, required, List.of(), null, null,
                        random.nextBoolean() ? null : 1 + random.nextInt(40), null, null, showIf);
            case RATING: {
                boolean custom = random.nextBoolean();
                int low = random.nextInt(3);
                return new Question(id, type, "评分 " + id, required, List.of(), null, null, null,
                        custom ? BigDecimal.valueOf(low) : null, custom ? BigDecimal.valueOf(low + 1 + random.nextInt(9)) : null,
                        showIf);
            }
            default: {
                BigDecimal min = random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(2000) - 1000, 1);
                BigDecimal max = random.nextBoolean() ? null
                        : (min == null ? BigDecimal.valueOf(random.nextInt(5000), 2) : min.add(BigDecimal.valueOf(random.nextInt(500))));
                return new Question(id, type, "数字 " + id, required, List.of(), null, null, null, min, max, showIf);
            }
        }
    }

    private static List<String> options(Random random) {
        List<String> pool = new ArrayList<>(List.of("是", "否", "=SUM(A1)", "a,b", "引号\"", "-1", "@home", "多行\n文本"));
        List<String> options = new ArrayList<>();
        int count = 2 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            options.add(i < pool.size() && random.nextInt(3) == 0 ? pool.get(i) : "选项" + i);
        }
        return options;
    }

    private static ShowIf showIf(List<Question> earlier, Random random) {
        List<Question> choices = earlier.stream().filter(q -> q.type().isChoice()).toList();
        if (choices.isEmpty() || random.nextInt(10) < 6) {
            return null;
        }
        Question controller = choices.get(random.nextInt(choices.size()));
        Set<String> anyOf = new HashSet<>();
        do {
            anyOf.add(controller.options().get(random.nextInt(controller.options().size())));
        } while (random.nextBoolean() && anyOf.size() < controller.options().size());
        return new ShowIf(controller.questionId(), controller.options().stream().filter(anyOf::contains).toList());
    }

    /** Answers every shown required question, some optional ones, no hidden one. */
    static Map<String, Answer> validAnswers(Survey survey, Random random) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Question question : survey.questions()) {
            if (Visibility.isShown(survey, question, answers) && (question.required() || random.nextInt(10) < 6)) {
                answers.put(question.questionId(), validAnswer(question, random));
            }
        }
        return answers;
    }

    static Answer validAnswer(Question q, Random random) {
        switch (q.type()) {
            case SINGLE:
                return new Answer.Text(q.options().get(random.nextInt(q.options().size())));
            case MULTIPLE: {
                int count = q.fewestChoices() + random.nextInt(q.mostChoices() - q.fewestChoices() + 1);
                List<String> shuffled = new ArrayList<>(q.options());
                java.util.Collections.shuffle(shuffled, random);
                return new Answer.Choices(shuffled.subList(0, count));
            }
            case TEXT: {
                String text = "回答=" + random.nextInt(1000) + ",\"ok\"";
                return new Answer.Text(text.substring(0, Math.min(text.length(), q.textLimit())));
            }
            case RATING:
                return new Answer.Numeric(BigDecimal.valueOf(q.ratingLow() + random.nextInt(q.ratingHigh() - q.ratingLow() + 1)));
            default: {
                BigDecimal low = q.min() == null ? BigDecimal.valueOf(-100) : q.min();
                BigDecimal high = q.max() == null ? low.add(BigDecimal.valueOf(200)) : q.max();
                BigDecimal span = high.subtract(low);
                return new Answer.Numeric(low.add(span.multiply(BigDecimal.valueOf(random.nextInt(101), 2)))
                        .setScale(3, java.math.RoundingMode.DOWN).max(low).min(high));
            }
        }
    }
}
