package cloud.citizen.surveys.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import cloud.citizen.platform.problem.FieldError;
import cloud.citizen.surveys.testing.SurveyScenarios;

/** A generated valid definition broken in one known way is refused, naming the broken place. */
class DefinitionCheckPropertiesTest {

    record Broken(Survey survey, String field) {
    }

    @Property(tries = 400)
    void aBrokenDefinition_isRefused_namingTheProblem(@ForAll("broken") Broken broken) {
        assertThat(DefinitionCheck.problems(broken.survey())).extracting(FieldError::field).contains(broken.field());
    }

    @Provide
    Arbitrary<Broken> broken() {
        return Arbitraries.randomValue(random -> breakOne(SurveyScenarios.surveys().sample(), random));
    }

    private static Broken breakOne(Survey survey, Random random) {
        List<Question> questions = new ArrayList<>(survey.questions());
        int last = questions.size();
        Question choice = new Question("c" + last, QuestionType.SINGLE, "选", false, List.of("甲", "乙"), null, null, null,
                null, null, null);
        Question extra;
        String field = "questions[" + last + "]";
        switch (random.nextInt(7)) {
            case 0 -> {
                extra = copy(questions.get(random.nextInt(last)).questionId(), choice, null);
                field += ".questionId";
            }
            case 1 -> {
                extra = new Question("c" + last, QuestionType.SINGLE, "选", false, List.of("甲", "甲"), null, null, null,
                        null, null, null);
                field += ".options";
            }
            case 2 -> {
                extra = copy("c" + last, choice, new ShowIf("later", List.of("甲")));
                field += ".showIf.questionId";
            }
            case 3 -> {
                extra = copy("c" + last, choice, new ShowIf("c" + last, List.of("甲")));
                field += ".showIf.questionId";
            }
            case 4 -> {
                questions.add(new Question("t" + last, QuestionType.TEXT, "文", false, List.of(), null, null, null, null,
                        null, null));
                extra = copy("c" + (last + 1), choice, new ShowIf("t" + last, List.of("甲")));
                field = "questions[" + (last + 1) + "].showIf.questionId";
            }
            case 5 -> {
                questions.add(choice);
                extra = copy("d" + last, choice, new ShowIf("c" + last, List.of("丙")));
                field = "questions[" + (last + 1) + "].showIf.anyOf";
            }
            default -> {
                extra = new Question("n" + last, QuestionType.NUMBER, "数", false, List.of(), null, null, null,
                        BigDecimal.TEN, BigDecimal.ONE, null);
                field += ".min";
            }
        }
        questions.add(extra);
        return new Broken(new Survey(survey.surveyId(), survey.title(), survey.opensAt(), survey.closesAt(),
                survey.anonymous(), false, 0, survey.communityId(), survey.createdBy(), survey.createdAt(), questions),
                field);
    }

    private static Question copy(String id, Question q, ShowIf showIf) {
        return new Question(id, q.type(), q.title(), q.required(), q.options(), q.minChoices(), q.maxChoices(),
                q.maxLength(), q.min(), q.max(), showIf);
    }
}
