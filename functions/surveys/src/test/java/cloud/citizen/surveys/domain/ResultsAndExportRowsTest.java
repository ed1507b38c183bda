package cloud.citizen.surveys.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ResultsAndExportRowsTest {
    private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");
    private static final Survey SURVEY = new Survey("s-1", "t", NOW, NOW.plusSeconds(60), false, false, 0,
            Optional.empty(), "u", NOW, List.of(
                    new Question("pick", QuestionType.MULTIPLE, "多选", false, List.of("=A", "b", "c"), null, null, null, null, null, null),
                    new Question("rate", QuestionType.RATING, "评分", false, List.of(), null, null, null, null, null, null),
                    new Question("num", QuestionType.NUMBER, "数", false, List.of(), null, null, null, null, null, null),
                    new Question("say", QuestionType.TEXT, "文", false, List.of(), null, null, null, null, null, null)));

    @Test
    void results_listEveryOptionAndRatingStep_withZeros_andFoldShards() {
        Tally first = Tally.of(SURVEY, AnswerCheck.accept(SURVEY, Map.of("pick", new Answer.Choices(List.of("c", "=A")),
                "rate", new Answer.Numeric(BigDecimal.valueOf(5)), "num", new Answer.Numeric(new BigDecimal("-2.5")))));
        Tally second = Tally.of(SURVEY, AnswerCheck.accept(SURVEY, Map.of("rate", new Answer.Numeric(BigDecimal.valueOf(2)),
                "num", new Answer.Numeric(new BigDecimal("10")), "say", new Answer.Text("好"))));

        SurveyResults results = SurveyResults.of(SURVEY, first.plus(second).plus(Tally.empty()));

        assertThat(results.responses()).isEqualTo(2);
        assertThat(results.questions().get(0).counts()).containsExactly(Map.entry("=A", 1L), Map.entry("b", 0L),
                Map.entry("c", 1L));
        assertThat(results.questions().get(1).distribution()).containsExactly(Map.entry("1", 0L), Map.entry("2", 1L),
                Map.entry("3", 0L), Map.entry("4", 0L), Map.entry("5", 1L));
        assertThat(results.questions().get(1).mean()).isEqualByComparingTo("3.5");
        assertThat(results.questions().get(2).min()).isEqualByComparingTo("-2.5");
        assertThat(results.questions().get(2).max()).isEqualByComparingTo("10");
        assertThat(results.questions().get(2).mean()).isEqualByComparingTo("3.75");
        assertThat(results.questions().get(3).answered()).isEqualTo(1);
        assertThat(results.questions().get(3).counts()).isNull();
    }

    @Test
    void exportRows_joinChoicesInOptionOrder_andNeutraliseFormulas() {
        AcceptedAnswers answers = AnswerCheck.accept(SURVEY, Map.of("pick", new Answer.Choices(List.of("b", "=A")),
                "num", new Answer.Numeric(new BigDecimal("-3")), "say", new Answer.Text("@SUM(1)")));

        List<String> row = ExportRow.of(SURVEY, "r-1", NOW, answers);

        assertThat(ExportRow.header(SURVEY)).containsExactly("responseId", "submittedAt", "pick", "rate", "num", "say");
        assertThat(row).containsExactly("r-1", "2026-11-30T08:00:00+08:00", "'=A;b", "", "'-3", "'@SUM(1)");
        assertThat(ExportRow.neutralised("+1")).isEqualTo("'+1");
        assertThat(ExportRow.neutralised("普通")).isEqualTo("普通");
    }

    @Test
    void respondentMarkers_differPerSurveyAndPerson_andNeverContainTheUserId() {
        RespondentGuard guard = new RespondentGuard("a-secret-of-sixteen+");

        String marker = guard.markerOf("s-1", "u-42");

        assertThat(marker).isEqualTo(guard.markerOf("s-1", "u-42")).doesNotContain("u-42").hasSize(64);
        assertThat(guard.markerOf("s-2", "u-42")).isNotEqualTo(marker);
        assertThat(guard.markerOf("s-1", "u-43")).isNotEqualTo(marker);
        assertThat(new RespondentGuard("another-secret-16").markerOf("s-1", "u-42")).isNotEqualTo(marker);
    }
}
