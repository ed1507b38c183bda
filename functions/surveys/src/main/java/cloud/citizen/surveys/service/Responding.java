package cloud.citizen.surveys.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.platform.usage.ServiceUse;
import cloud.citizen.platform.usage.UsageKind;
import cloud.citizen.surveys.domain.AcceptedAnswers;
import cloud.citizen.surveys.domain.Answer;
import cloud.citizen.surveys.domain.AnswerCheck;
import cloud.citizen.surveys.domain.RealNameRequiredException;
import cloud.citizen.surveys.domain.RespondentGuard;
import cloud.citizen.surveys.domain.Submission;
import cloud.citizen.surveys.domain.Survey;
import cloud.citizen.surveys.domain.SurveyNotFoundException;
import cloud.citizen.surveys.domain.SurveyNotOpenException;
import cloud.citizen.surveys.domain.Tally;

/**
 * A citizen answers a survey: checked against the definition, then stored with its counters in
 * one transaction that also enforces one response per person and the response limit.
 */
public final class Responding {
    public static final String SERVICE_ID = "surveys.response";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyCatalog catalog;
    private final ResponseBook book;
    private final RespondentGuard guard;
    private final Optional<String> statsQueueUrl;
    private final Clock clock;

    public Responding(SurveyCatalog catalog, ResponseBook book, RespondentGuard guard, Optional<String> statsQueueUrl,
            Clock clock) {
        this.catalog = catalog;
        this.book = book;
        this.guard = guard;
        this.statsQueueUrl = statsQueueUrl;
        this.clock = clock;
    }

    /** @return the new response's id */
    public String submit(Caller caller, String surveyId, Map<String, Answer> answers) {
        Survey survey = catalog.find(surveyId).orElseThrow(SurveyNotFoundException::new);
        Instant now = clock.instant();
        if (!survey.isOpenAt(now)) {
            throw new SurveyNotOpenException();
        }
        if (survey.requireRealName() && !caller.realNameVerified()) {
            throw new RealNameRequiredException();
        }
        AcceptedAnswers accepted = AnswerCheck.accept(survey, answers);
        String marker = guard.markerOf(surveyId, caller.userId());
        Optional<String> userId = survey.anonymous() ? Optional.empty() : Optional.of(caller.userId());
        Submission submission = new Submission(newResponseId(now), surveyId, marker, userId, accepted,
                Tally.of(survey, accepted), now);
        // anonymous responses are counted for the marker, never the person
        ServiceUse usage = ServiceUse.of(UsageKind.SURVEY_RESPONSE, userId.orElse(marker), Optional.of(SERVICE_ID), 0,
                now);
        book.record(survey, submission, statsQueueUrl.map(usage::toOutboxEvent));
        return submission.responseId();
    }

    /** Time-ordered (exports list responses in the order they came), unguessable. */
    static String newResponseId(Instant now) {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        return "r-" + String.format("%012x", now.toEpochMilli()) + HexFormat.of().formatHex(random);
    }
}
