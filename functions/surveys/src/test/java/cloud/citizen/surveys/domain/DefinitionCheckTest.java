package cloud.citizen.surveys.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cloud.citizen.platform.problem.FieldError;

class DefinitionCheckTest {
    private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void closingBeforeOpening_andATooLongRatingScale_areBothNamed() {
        Survey survey = survey(NOW.plusSeconds(10), NOW, List.of(new Question("r", QuestionType.RATING, "评分", true,
                List.of(), null, null, null, BigDecimal.ZERO, new BigDecimal("20"), null)));

        assertThat(DefinitionCheck.problems(survey)).extracting(FieldError::field).containsExactly("closesAt",
                "questions[0].min");
    }

    @Test
    void boundsOfTheWrongType_areRefused() {
        Survey survey = survey(NOW, NOW.plusSeconds(60), List.of(
                new Question("t", QuestionType.TEXT, "文", false, List.of(), 1, null, null, null, null, null),
                new Question("s", QuestionType.SINGLE, "选", false, List.of("a"), null, null, 10, null, null, null),
                new Question("m", QuestionType.MULTIPLE, "多", false, List.of("a", "b"), 2, 1, null, null, null, null),
                new Question("x", QuestionType.SINGLE, "选", false, List.of("a"), null, null, null, BigDecimal.ONE, null, null)));

        assertThat(DefinitionCheck.problems(survey)).extracting(FieldError::field).containsExactly(
                "questions[0].minChoices", "questions[1].maxLength", "questions[2].minChoices", "questions[3].min");
    }

    @Test
    void requireValid_throws422InvalidSurvey() {
        Survey survey = survey(NOW, NOW.plusSeconds(60), List.of());

        assertThatThrownBy(() -> DefinitionCheck.requireValid(survey)).isInstanceOfSatisfying(
                InvalidSurveyException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo("INVALID_SURVEY");
                    assertThat(e.detail()).contains("questions");
                });
    }

    private static Survey survey(Instant opens, Instant closes, List<Question> questions) {
        return new Survey("s-1", "问卷", opens, closes, false, false, 0, Optional.empty(), "u", NOW, questions);
    }
}
