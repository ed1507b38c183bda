package cloud.citizen.surveys.service;

import static cloud.citizen.surveys.testing.SurveysFixtures.citizenCaller;
import static cloud.citizen.surveys.testing.SurveysFixtures.countWithPrefix;
import static cloud.citizen.surveys.testing.SurveysFixtures.newId;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cloud.citizen.emulator.testing.Concurrently;
import cloud.citizen.emulator.testing.EmulatedAwsTest;
import cloud.citizen.platform.problem.Refusal;
import cloud.citizen.surveys.SurveysComponents;
import cloud.citizen.surveys.domain.Answer;
import cloud.citizen.surveys.domain.Question;
import cloud.citizen.surveys.domain.QuestionType;
import cloud.citizen.surveys.domain.SurveyDraft;
import cloud.citizen.surveys.domain.SurveyResults;
import cloud.citizen.surveys.domain.SurveyResults.QuestionResult;
import cloud.citizen.surveys.testing.SurveysFixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Many people answer at once, at the service level with real threads (the HTTP test server may
 * serialise requests), against the emulated DynamoDB: counters, the one-per-person marker and the
 * response limit must all be exact.
 */
@QuarkusTest
@EmulatedAwsTest
class ConcurrentRespondingTest {
    private static final int THREADS = 32;
    private static final List<String> OPTIONS = List.of("缴费", "预约", "投票");

    @Inject
    SurveysComponents surveys;

    @Test
    void twoThousandConcurrentResponses_countExactly_includingNumberExtremes() throws Exception {
        String surveyId = createSurvey(0);
        int people = 2000;

        List<String> outcomes = Concurrently.run(people, THREADS, i -> respond(newId("u"), surveyId, answers(i)));

        assertThat(outcomes).containsOnly("OK");
        SurveyResults results = surveys.results().of(SurveysFixtures.staffCaller("u-staff"), surveyId);
        assertThat(results.responses()).isEqualTo(people);
        QuestionResult pick = results.questions().get(0);
        assertThat(pick.answered()).isEqualTo(people);
        for (int option = 0; option < OPTIONS.size(); option++) {
            int o = option;
            long expected = java.util.stream.IntStream.range(0, people).filter(i -> picks(i).contains(OPTIONS.get(o))).count();
            assertThat(pick.counts().get(OPTIONS.get(option))).as(OPTIONS.get(option)).isEqualTo(expected);
        }
        QuestionResult rating = results.questions().get(1);
        assertThat(rating.distribution()).containsExactly(Map.entry("1", 400L), Map.entry("2", 400L),
                Map.entry("3", 400L), Map.entry("4", 400L), Map.entry("5", 400L));
        assertThat(rating.mean()).isEqualByComparingTo("3");
        QuestionResult number = results.questions().get(2);
        List<BigDecimal> given = java.util.stream.IntStream.range(0, people).mapToObj(ConcurrentRespondingTest::number)
                .toList();
        assertThat(number.min()).isEqualByComparingTo(given.stream().min(BigDecimal::compareTo).orElseThrow());
        assertThat(number.max()).isEqualByComparingTo(given.stream().max(BigDecimal::compareTo).orElseThrow());
        BigDecimal sum = given.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(number.mean()).isEqualByComparingTo(sum.divide(BigDecimal.valueOf(people), 4,
                java.math.RoundingMode.HALF_UP));
        assertThat(countWithPrefix(surveyId, "RESPONSE#")).isEqualTo(people);
    }

    @Test
    void onePersonPressing20TimesAtOnce_getsOneResponse() throws Exception {
        String surveyId = createSurvey(0);
        String person = newId("u");

        List<String> outcomes = Concurrently.run(20, THREADS, i -> respond(person, surveyId, answers(i)));

        assertThat(outcomes.stream().collect(Collectors.groupingBy(o -> o, Collectors.counting())))
                .containsOnly(Map.entry("OK", 1L), Map.entry("ALREADY_RESPONDED", 19L));
        assertThat(countWithPrefix(surveyId, "RESPONSE#")).isOne();
        assertThat(countWithPrefix(surveyId, "RESPONDENT#")).isOne();
        assertThat(surveys.results().of(SurveysFixtures.staffCaller("u-staff"), surveyId).responses()).isOne();
    }

    @Test
    void maxResponses50_with200ConcurrentResponders_takesExactly50() throws Exception {
        String surveyId = createSurvey(50);

        List<String> outcomes = Concurrently.run(200, THREADS, i -> respond(newId("u"), surveyId, answers(i)));

        assertThat(outcomes.stream().collect(Collectors.groupingBy(o -> o, Collectors.counting())))
                .containsOnly(Map.entry("OK", 50L), Map.entry("SURVEY_FULL", 150L));
        assertThat(countWithPrefix(surveyId, "RESPONSE#")).isEqualTo(50);
        assertThat(countWithPrefix(surveyId, "RESPONDENT#")).isEqualTo(50);
        assertThat(surveys.results().of(SurveysFixtures.staffCaller("u-staff"), surveyId).responses()).isEqualTo(50);
    }

    private String createSurvey(int maxResponses) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SurveyDraft draft = new SurveyDraft("并发 " + newId("t"), now.minusSeconds(60), now.plusSeconds(3600), false,
                false, maxResponses, Optional.empty(), List.of(
                        new Question("pick", QuestionType.MULTIPLE, "用过", true, OPTIONS, null, null, null, null, null, null),
                        new Question("rate", QuestionType.RATING, "评分", true, List.of(), null, null, null, null, null, null),
                        new Question("num", QuestionType.NUMBER, "数", true, List.of(), null, null, null, null, null, null)));
        return surveys.design().create(SurveysFixtures.staffCaller("u-staff"), draft).surveyId();
    }

    private static Map<String, Answer> answers(int i) {
        return Map.of("pick", new Answer.Choices(picks(i)), "rate", new Answer.Numeric(BigDecimal.valueOf(i % 5 + 1)),
                "num", new Answer.Numeric(number(i)));
    }

    private static List<String> picks(int i) {
        List<String> picks = new ArrayList<>();
        for (int o = 0; o < OPTIONS.size(); o++) {
            if (((i + 1) >> o & 1) == 1) {
                picks.add(OPTIONS.get(o));
            }
        }
        return picks.isEmpty() ? List.of(OPTIONS.get(0)) : picks;
    }

    /** Spread out and not monotone in i, so threads race to move the extremes. */
    private static BigDecimal number(int i) {
        return BigDecimal.valueOf((i * 7919L) % 2000 - 1000, 2);
    }

    private String respond(String userId, String surveyId, Map<String, Answer> answers) {
        try {
            surveys.responding().submit(citizenCaller(userId), surveyId, answers);
            return "OK";
        } catch (Refusal refusal) {
            return refusal.code();
        }
    }
}
