package cloud.citizen.surveys.testing;

import java.util.Map;

import cloud.citizen.surveys.domain.Answer;
import cloud.citizen.surveys.domain.Question;
import cloud.citizen.surveys.domain.Survey;

/**
 * The test's own reading of showIf, written from the contract (not from AnswerCheck): a question is
 * shown when it has no condition, or its controller is shown and answered with a listed option.
 */
final class Visibility {
    private Visibility() {
    }

    static boolean isShown(Survey survey, Question question, Map<String, Answer> answers) {
        if (question.showIf() == null) {
            return true;
        }
        Question controller = survey.question(question.showIf().questionId()).orElseThrow();
        if (!isShown(survey, controller, answers)) {
            return false;
        }
        Answer answer = answers.get(controller.questionId());
        if (answer instanceof Answer.Text text) {
            return question.showIf().anyOf().contains(text.value());
        }
        return answer instanceof Answer.Choices choices
                && choices.values().stream().anyMatch(question.showIf().anyOf()::contains);
    }
}
