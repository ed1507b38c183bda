package cloud.citizen.surveys.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import cloud.citizen.platform.problem.FieldError;
import cloud.citizen.surveys.testing.SurveyScenarios;
import cloud.citizen.surveys.testing.SurveyScenarios.Scenario;

/** Generated definitions and answers (jqwik): valid sets pass whole, invalid ones name each bad question once. */
class AnswerCheckPropertiesTest {

    @Property(tries = 300)
    void everyGeneratedDefinition_passesTheDefinitionCheck(@ForAll("surveys") Survey survey) {
        assertThat(DefinitionCheck.problems(survey)).isEmpty();
    }

    @Property(tries = 400)
    void everyValidAnswerSet_isAccepted_withEveryAnswerKept(@ForAll("valid") Scenario scenario) {
        AcceptedAnswers accepted = AnswerCheck.accept(scenario.survey(), scenario.answers());

        assertThat(accepted.byQuestion().keySet()).containsExactlyInAnyOrderElementsOf(scenario.answers().keySet());
    }

    @Property(tries = 400)
    void everyInvalidAnswerSet_isRefused_withOneEntryPerBadQuestion(@ForAll("invalid") Scenario scenario) {
        InvalidAnswersException refusal = catchThrowableOfType(InvalidAnswersException.class,
                () -> AnswerCheck.accept(scenario.survey(), scenario.answers()));

        assertThat(refusal).as("answers %s", scenario.answers()).isNotNull();
        assertThat(refusal.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrderElementsOf(scenario.badQuestions());
    }

    @Property(tries = 300)
    void acceptedResponses_countEachAnsweredQuestionOnce(@ForAll("valid") Scenario scenario) {
        AcceptedAnswers accepted = AnswerCheck.accept(scenario.survey(), scenario.answers());
        Tally tally = Tally.of(scenario.survey(), accepted);

        assertThat(tally.count(Tally.RESPONSES)).isOne();
        for (String questionId : accepted.byQuestion().keySet()) {
            assertThat(tally.count(Tally.answered(scenario.survey().indexOf(questionId)))).isOne();
        }
    }

    @Provide
    Arbitrary<Survey> surveys() {
        return SurveyScenarios.surveys();
    }

    @Provide
    Arbitrary<Scenario> valid() {
        return SurveyScenarios.validAnswers();
    }

    @Provide
    Arbitrary<Scenario> invalid() {
        return SurveyScenarios.invalidAnswers();
    }
}
