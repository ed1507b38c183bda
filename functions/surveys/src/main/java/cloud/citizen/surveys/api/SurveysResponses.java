package cloud.citizen.surveys.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import cloud.citizen.surveys.domain.Question;
import cloud.citizen.surveys.domain.Survey;
import cloud.citizen.surveys.domain.SurveyResults;
import cloud.citizen.surveys.service.Exports.ExportView;

/** Response bodies. Times in the city's zone, with offset. */
public final class SurveysResponses {
    static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    private SurveysResponses() {
    }

    public record SurveyView(String surveyId, String title, String opensAt, String closesAt,
            boolean open, boolean anonymous, boolean requireRealName, Integer maxResponses, String communityId,
            String createdAt, List<QuestionView> questions) {

        static SurveyView of(Survey survey, Instant now) {
            return new SurveyView(survey.surveyId(), survey.title(), city(survey.opensAt()), city(survey.closesAt()),
                    survey.isOpenAt(now), survey.anonymous(), survey.requireRealName(),
                    survey.maxResponses() > 0 ? survey.maxResponses() : null, survey.communityId().orElse(null),
                    city(survey.createdAt()), survey.questions().stream().map(QuestionView::of).toList());
        }
    }

    /** A list entry: what a survey is and whether it is open; its questions come with GET /v1/surveys/{id}. */
    public record SurveySummary(String surveyId, String title, String opensAt, String closesAt, boolean open,
            boolean anonymous, boolean requireRealName, Integer maxResponses, String communityId, String createdAt,
            int questionCount) {

        static SurveySummary of(Survey survey, Instant now) {
            return new SurveySummary(survey.surveyId(), survey.title(), city(survey.opensAt()), city(survey.closesAt()),
                    survey.isOpenAt(now), survey.anonymous(), survey.requireRealName(),
                    survey.maxResponses() > 0 ? survey.maxResponses() : null, survey.communityId().orElse(null),
                    city(survey.createdAt()), survey.questions().size());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionView(String questionId, String type, String title, boolean required, List<String> options,
            Integer minChoices, Integer maxChoices, Integer maxLength, BigDecimal min, BigDecimal max,
            ShowIfView showIf) {

        static QuestionView of(Question q) {
            return new QuestionView(q.questionId(), q.type().wireName(), q.title(), q.required(),
                    q.type().isChoice() ? q.options() : null, q.minChoices(), q.maxChoices(), q.maxLength(), q.min(),
                    q.max(), q.condition().map(c -> new ShowIfView(c.questionId(), c.anyOf())).orElse(null));
        }
    }

    public record ShowIfView(String questionId, List<String> anyOf) {
    }

    public record ResponseCreated(String responseId) {
    }

    public record ResultsView(String surveyId, long responses, List<QuestionResultView> questions) {
        static ResultsView of(SurveyResults results) {
            return new ResultsView(results.surveyId(), results.responses(),
                    results.questions().stream().map(QuestionResultView::of).toList());
        }
    }

    /** Only the fields the question's type has (counts with every option, zeros included). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionResultView(String questionId, String type, long answered, Map<String, Long> counts,
            Map<String, Long> distribution, BigDecimal mean, BigDecimal min, BigDecimal max) {
        static QuestionResultView of(SurveyResults.QuestionResult r) {
            return new QuestionResultView(r.questionId(), r.type().wireName(), r.answered(), r.counts(),
                    r.distribution(), r.mean(), r.min(), r.max());
        }
    }

    public record ExportAccepted(String exportId, String surveyId, String status) {
    }

    /** {@code downloadUrl} is null until the export is ready (and always present, as the contract lists it). */
    public record ExportStatusView(String exportId, String surveyId, String status, String downloadUrl,
            String requestedAt) {
        static ExportStatusView of(ExportView view) {
            return new ExportStatusView(view.job().exportId(), view.job().surveyId(), view.job().status().wireName(),
                    view.downloadUrl().map(Object::toString).orElse(null), city(view.job().requestedAt()));
        }
    }

    static String city(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(instant, CITY));
    }
}
