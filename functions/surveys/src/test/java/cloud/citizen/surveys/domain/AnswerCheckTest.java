package cloud.citizen.surveys.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cloud.citizen.platform.problem.FieldError;

class AnswerCheckTest {
    private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");
    private static final Survey SURVEY = new Survey("s-1", "夏日回音", NOW, NOW.plusSeconds(3600), false, false, 0,
            Optional.empty(), "u", NOW, List.of(
                    new Question("used", QuestionType.SINGLE, "用过吗", true, List.of("是", "否"), null, null, null, null, null, null),
                    new Question("what", QuestionType.MULTIPLE, "用过什么", true, List.of("缴费", "预约", "投票"), null, 2,
                            null, null, null, new ShowIf("used", List.of("是"))),
                    new Question("score", QuestionType.RATING, "打分", true, List.of(), null, null, null, null, null,
                            new ShowIf("used", List.of("是"))),
                    new Question("age", QuestionType.NUMBER, "年龄", false, List.of(), null, null, null, BigDecimal.ZERO,
                            new BigDecimal("120"), null),
                    new Question("say", QuestionType.TEXT, "建议", false, List.of(), null, null, 5, null, null, null)));

    @Test
    void aHiddenRequiredQuestion_needsNoAnswer() {
        AcceptedAnswers accepted = AnswerCheck.accept(SURVEY, Map.of("used", new Answer.Text("否")));

        assertThat(accepted.byQuestion()).containsOnlyKeys("used");
    }

    @Test
    void choices_areKeptInOptionOrder_andNumbersWithoutTrailingZeros() {
        AcceptedAnswers accepted = AnswerCheck.accept(SURVEY, Map.of("used", new Answer.Text("是"),
                "what", new Answer.Choices(List.of("投票", "缴费")), "score", new Answer.Numeric(new BigDecimal("4.0")),
                "age", new Answer.Numeric(new BigDecimal("30.50"))));

        assertThat(accepted.byQuestion().get("what")).isEqualTo(new Answer.Choices(List.of("缴费", "投票")));
        assertThat(accepted.byQuestion().get("score")).isEqualTo(new Answer.Numeric(new BigDecimal("4")));
        assertThat(accepted.byQuestion().get("age")).isEqualTo(new Answer.Numeric(new BigDecimal("30.5")));
    }

    @Test
    void everyBadQuestion_getsItsOwnEntry_includingHiddenAndUnknownOnes() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("used", new Answer.Text("否"));
        answers.put("score", new Answer.Numeric(BigDecimal.ONE));
        answers.put("age", new Answer.Text("30"));
        answers.put("say", new Answer.Text("太长了太长了"));
        answers.put("nope", new Answer.Unreadable("boolean"));

        InvalidAnswersException refusal = catchThrowableOfType(InvalidAnswersException.class,
                () -> AnswerCheck.accept(SURVEY, answers));

        assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("score", "age", "say", "nope");
        assertThat(refusal.errors().get(0).message()).contains("hidden");
        assertThat(refusal.status()).isEqualTo(422);
        assertThat(refusal.code()).isEqualTo("INVALID_ANSWERS");
    }

    @Test
    void aShownRequiredQuestion_mustBeAnswered_andChoiceLimitsHold() {
        InvalidAnswersException refusal = catchThrowableOfType(InvalidAnswersException.class,
                () -> AnswerCheck.accept(SURVEY, Map.of("used", new Answer.Text("是"),
                        "what", new Answer.Choices(List.of("缴费", "预约", "投票")))));

        assertThat(refusal.errors()).containsExactly(new FieldError("what", "must pick 1 to 2 options"),
                new FieldError("score", "is required"));
    }
}
