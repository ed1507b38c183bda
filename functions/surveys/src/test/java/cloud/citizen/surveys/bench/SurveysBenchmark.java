package cloud.citizen.surveys.bench;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cloud.citizen.emulator.EmulatedStack;
import cloud.citizen.emulator.EmulatorOptions;
import cloud.citizen.platform.auth.Caller;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;
import cloud.citizen.platform.problem.Refusal;
import cloud.citizen.surveys.SurveysComponents;
import cloud.citizen.surveys.SurveysSettings;
import cloud.citizen.surveys.domain.AcceptedAnswers;
import cloud.citizen.surveys.domain.Answer;
import cloud.citizen.surveys.domain.ExportJob;
import cloud.citizen.surveys.domain.Question;
import cloud.citizen.surveys.domain.QuestionType;
import cloud.citizen.surveys.domain.Survey;
import cloud.citizen.surveys.domain.SurveyDraft;
import cloud.citizen.surveys.store.BulkResponses;

/**
 * Measures, does not test: starts the emulated services from template.yaml, then
 * (1) responses/s on one survey through the Responding service and its DynamoDB transaction
 * (threads released together; the HTTP layer is left out), with the final counter check;
 * (2) the time to export N stored responses to CSV in the emulated S3 (ExportWriting, as the worker runs it).
 * <pre>
 * ./mvnw -pl functions/surveys exec:java [-Dbench.responses=5000 -Dbench.threads=64 -Dbench.export=100000]
 * </pre>
 */
public final class SurveysBenchmark {
    private static final Caller STAFF = new Caller("u-bench-staff", Set.of(Role.CITIZEN, Role.STAFF), Set.of(), true);

    private SurveysBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int responses = Integer.getInteger("bench.responses", 5000);
        int threads = Integer.getInteger("bench.threads", 64);
        int exported = Integer.getInteger("bench.export", 100_000);
        try (EmulatedStack stack = EmulatedStack.start(EmulatorOptions.inMemory(), Map.of())) {
            Environment env = Environment.of(stack.environmentOf("SurveysFunction"));
            SurveysComponents surveys = new SurveysComponents(SurveysSettings.from(env), AwsClients.from(env),
                    Clock.systemUTC());
            System.out.printf("surveys benchmark: %d responses on %d threads, export of %d, %d cores%n", responses,
                    threads, exported, Runtime.getRuntime().availableProcessors());
            respond(surveys, "warm-up", 300, threads);
            boolean exact = respond(surveys, "responses", responses, threads);
            export(surveys, stack, env, exported);
            System.out.println(exact ? "final count check: PASSED" : "final count check: FAILED");
            System.exit(exact ? 0 : 1);
        }
    }

    private static boolean respond(SurveysComponents surveys, String name, int people, int threads) throws Exception {
        Survey survey = surveys.design().create(STAFF, draft());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        Map<String, Long> outcomes = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            int person = i;
            futures.add(pool.submit(() -> {
                start.await();
                String outcome;
                try {
                    surveys.responding().submit(new Caller("u-bench-" + person + "-" + survey.surveyId(),
                            Set.of(Role.CITIZEN), Set.of(), true), survey.surveyId(), answers(person));
                    outcome = "OK";
                } catch (Refusal refusal) {
                    outcome = refusal.code();
                }
                outcomes.merge(outcome, 1L, Long::sum);
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> future : futures) {
            future.get(10, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        long counted = surveys.results().of(STAFF, survey.surveyId()).responses();
        System.out.printf("%-10s %6d responses in %6.2f s = %7.0f responses/s; outcomes %s; results count %d%n", name,
                people, seconds, people / seconds, outcomes, counted);
        return counted == people && outcomes.getOrDefault("OK", 0L) == people;
    }

    private static void export(SurveysComponents surveys, EmulatedStack stack, Environment env, int count) {
        Survey survey = surveys.design().create(STAFF, draft());
        long began = System.nanoTime();
        BulkResponses.write(stack.aws().dynamoDb(), env.required("SURVEYS_TABLE"), survey.surveyId(), count,
                Instant.now(), i -> new AcceptedAnswers(answerMap(i)));
        double loading = (System.nanoTime() - began) / 1e9;
        ExportJob job = surveys.exports().request(STAFF, survey.surveyId());
        began = System.nanoTime();
        surveys.exportWriting().write(job.exportId());
        double seconds = (System.nanoTime() - began) / 1e9;
        var status = surveys.exports().status(STAFF, job.exportId());
        System.out.printf("export     %6d responses in %6.2f s = %7.0f rows/s (status %s; loading them took %.1f s)%n",
                count, seconds, count / seconds, status.job().status().wireName(), loading);
    }

    private static SurveyDraft draft() {
        Instant now = Instant.now();
        return new SurveyDraft("bench", now.minusSeconds(60), now.plusSeconds(86_400), false, false, 0, Optional.empty(),
                List.of(new Question("pick", QuestionType.MULTIPLE, "选", true, List.of("甲", "乙", "丙"), null, null, null, null, null, null),
                        new Question("rate", QuestionType.RATING, "评分", true, List.of(), null, null, null, null, null, null),
                        new Question("num", QuestionType.NUMBER, "数", false, List.of(), null, null, null, null, null, null),
                        new Question("say", QuestionType.TEXT, "说", false, List.of(), null, null, null, null, null, null)));
    }

    private static Map<String, Answer> answers(int i) {
        return answerMap(i);
    }

    private static Map<String, Answer> answerMap(int i) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("pick", new Answer.Choices(i % 2 == 0 ? List.of("甲", "丙") : List.of("乙")));
        answers.put("rate", new Answer.Numeric(BigDecimal.valueOf(i % 5 + 1)));
        answers.put("num", new Answer.Numeric(BigDecimal.valueOf(i % 1000 - 500)));
        answers.put("say", new Answer.Text("回答 " + i + ", 谢谢"));
        return answers;
    }
}
