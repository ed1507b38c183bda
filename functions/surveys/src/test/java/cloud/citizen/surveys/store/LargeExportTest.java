package cloud.citizen.surveys.store;

import static cloud.citizen.surveys.testing.SurveysFixtures.newId;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;


import cloud.citizen.emulator.testing.EmulatedAwsResource;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.surveys.SurveysComponents;
import cloud.citizen.surveys.domain.AcceptedAnswers;
import cloud.citizen.surveys.domain.Answer;
import cloud.citizen.surveys.domain.ExportJob;
import cloud.citizen.surveys.domain.Question;
import cloud.citizen.surveys.domain.QuestionType;
import cloud.citizen.surveys.domain.Survey;
import cloud.citizen.surveys.domain.SurveyDraft;
import cloud.citizen.surveys.events.ExportWorkerHandler;
import cloud.citizen.surveys.testing.ExportQueue;
import cloud.citizen.surveys.testing.SurveysFixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * 10,000 responses exported and parsed back: every row, in order, every cell as answered (cells
 * that could run as formulas carry their apostrophe). The responses are written straight as items
 * ({@link BulkResponses}) so that the test spends its time on the
 * export, not on 10,000 transactions.
 */
@QuarkusTest
@EmulatedAwsTest
class LargeExportTest {
    private static final int RESPONSES = 10_000;
    private static final List<String> TRICKY = List.of("普通回答", "=1+2", "逗号, 和 \"引号\"", "多行\n第二行", "-5", "@提到",
            "+86 138");

    @Inject
    SurveysComponents components;

    @Test
    void tenThousandResponses_exportToACsvThatParsesBackExactly() throws Exception {
        Survey survey = components.design().create(SurveysFixtures.staffCaller("u-staff"), draft());
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> ids = writeResponses(survey, start);
        ExportJob job = components.exports().request(SurveysFixtures.staffCaller("u-staff"), survey.surveyId());

        long exportStarted = System.nanoTime();
        assertThat(ExportQueue.deliver(new ExportWorkerHandler(components), job.exportId()).getBatchItemFailures()).isEmpty();
        long exportMillis = (System.nanoTime() - exportStarted) / 1_000_000;

        String url = components.exports().status(SurveysFixtures.staffCaller("u-staff"), job.exportId()).downloadUrl()
                .orElseThrow().toString();
        byte[] bytes = ExportQueue.download(url).body();
        List<List<String>> rows = ExportQueue.csvRows(bytes);
        System.out.printf("export of %d responses: %d ms, %d bytes%n", RESPONSES, exportMillis, bytes.length);
        assertThat(rows).hasSize(RESPONSES + 1);
        assertThat(rows.get(0)).containsExactly("responseId", "submittedAt", "pick", "say", "num");
        for (int i = 0; i < RESPONSES; i++) {
            List<String> row = rows.get(i + 1);
            assertThat(row.get(0)).isEqualTo(ids.get(i));
            assertThat(row.get(2)).isEqualTo(i % 3 == 0 ? "甲;丙" : "乙");
            String said = TRICKY.get(i % TRICKY.size());
            assertThat(row.get(3)).isEqualTo("=+-@".indexOf(said.charAt(0)) >= 0 ? "'" + said : said);
            assertThat(new BigDecimal(row.get(4).replace("'", ""))).isEqualByComparingTo(BigDecimal.valueOf(i - 5000));
        }
    }

    private static SurveyDraft draft() {
        Instant now = Instant.now();
        return new SurveyDraft("大导出 " + newId("t"), now.minusSeconds(60), now.plusSeconds(3600), true, false, 0,
                Optional.empty(), List.of(
                        new Question("pick", QuestionType.MULTIPLE, "选", false, List.of("甲", "乙", "丙"), null, null, null, null, null, null),
                        new Question("say", QuestionType.TEXT, "说", false, List.of(), null, null, null, null, null, null),
                        new Question("num", QuestionType.NUMBER, "数", false, List.of(), null, null, null, null, null, null)));
    }

    private static List<String> writeResponses(Survey survey, Instant start) {
        return BulkResponses.write(EmulatedAwsResource.aws().dynamoDb(), SurveysFixtures.tableName(), survey.surveyId(),
                RESPONSES, start, LargeExportTest::answers);
    }

    private static AcceptedAnswers answers(int i) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("pick", new Answer.Choices(i % 3 == 0 ? List.of("甲", "丙") : List.of("乙")));
        answers.put("say", new Answer.Text(TRICKY.get(i % TRICKY.size())));
        answers.put("num", new Answer.Numeric(BigDecimal.valueOf(i - 5000)));
        return new AcceptedAnswers(answers);
    }
}
