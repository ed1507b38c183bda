package cloud.citizen.surveys.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import cloud.citizen.platform.http.WellFormedText;
import cloud.citizen.platform.problem.ProblemException;
import cloud.citizen.platform.validation.Validation;
import cloud.citizen.surveys.api.SurveysRequests.CreateSurveyRequest;
import cloud.citizen.surveys.api.SurveysRequests.QuestionRequest;
import cloud.citizen.surveys.api.SurveysRequests.ResponseRequest;
import cloud.citizen.surveys.domain.Answer;
import cloud.citizen.surveys.domain.Question;
import cloud.citizen.surveys.domain.QuestionType;
import cloud.citizen.surveys.domain.ShowIf;
import cloud.citizen.surveys.domain.SurveyDraft;

/**
 * Shapes of the request bodies (400 VALIDATION_FAILED, every bad field at once). Whether a
 * well-formed definition makes sense is the domain's {@code DefinitionCheck} (422 INVALID_SURVEY);
 * whether answers fit their questions is {@code AnswerCheck} (422 INVALID_ANSWERS).
 */
final class SurveysValidation {
    private static final String ID = "[A-Za-z0-9_.-]{1,64}";
    private static final String TYPES = Arrays.stream(QuestionType.values()).map(QuestionType::wireName)
            .collect(Collectors.joining(", "));

    private SurveysValidation() {
    }

    /**
     * A survey or export id from the path: ids are ours (short letters and digits), so anything else
     * is refused before it reaches the table, whose keys cannot hold an id of any length.
     */
    static String id(String field, String value) {
        if (value == null || !value.matches(ID)) {
            throw ProblemException.invalid(field, "must be 1-64 letters, digits, _ . -");
        }
        return value;
    }

    static SurveyDraft draft(CreateSurveyRequest request) {
        Validation.requireBody(request);
        Validation check = new Validation().required("title", request.title()).length("title", request.title(), 1, 200)
                .required("opensAt", request.opensAt()).required("closesAt", request.closesAt())
                .check("opensAt", request.opensAt(), SurveysValidation::isTime, "must be an ISO-8601 time with offset")
                .check("closesAt", request.closesAt(), SurveysValidation::isTime, "must be an ISO-8601 time with offset")
                .range("maxResponses", request.maxResponses(), 1, 10_000_000)
                .length("communityId", request.communityId(), 1, 64).required("questions", request.questions());
        List<QuestionRequest> questions = request.questions() == null ? List.of() : request.questions();
        for (int i = 0; i < questions.size(); i++) {
            checkQuestion(check, "questions[" + i + "]", questions.get(i));
        }
        check.throwIfInvalid();
        return new SurveyDraft(request.title().strip(), time(request.opensAt()), time(request.closesAt()),
                Boolean.TRUE.equals(request.anonymous()), Boolean.TRUE.equals(request.requireRealName()),
                request.maxResponses() == null ? 0 : request.maxResponses(), Optional.ofNullable(request.communityId()),
                questions.stream().map(SurveysValidation::question).toList());
    }

    private static void checkQuestion(Validation check, String at, QuestionRequest q) {
        if (q == null) {
            check.fail(at, "must be a question object");
            return;
        }
        check.required(at + ".questionId", q.questionId())
                .check(at + ".questionId", q.questionId(), id -> id.matches(ID), "must be 1-64 letters, digits, _ . -")
                .required(at + ".type", q.type())
                .check(at + ".type", q.type(), type -> QuestionType.fromWire(type).isPresent(), "must be one of " + TYPES)
                .required(at + ".title", q.title()).length(at + ".title", q.title(), 1, 500)
                .check(at + ".options", q.options(), options -> !options.contains(null), "must not contain null");
        if (q.showIf() != null) {
            check.required(at + ".showIf.questionId", q.showIf().questionId())
                    .required(at + ".showIf.anyOf", q.showIf().anyOf())
                    .check(at + ".showIf.anyOf", q.showIf().anyOf(), anyOf -> !anyOf.contains(null),
                            "must not contain null");
        }
    }

    private static Question question(QuestionRequest q) {
        ShowIf showIf = q.showIf() == null ? null : new ShowIf(q.showIf().questionId(), q.showIf().anyOf());
        return new Question(q.questionId(), QuestionType.fromWire(q.type()).orElseThrow(), q.title().strip(),
                Boolean.TRUE.equals(q.required()), q.options(), q.minChoices(), q.maxChoices(), q.maxLength(), q.min(),
                q.max(), showIf);
    }

    /** A JSON null counts as not answered; other shapes are judged by the question they answer. */
    static Map<String, Answer> answers(ResponseRequest request) {
        Validation.requireBody(request);
        new Validation().required("answers", request.answers()).throwIfInvalid();
        Map<String, Answer> answers = new LinkedHashMap<>();
        request.answers().forEach((questionId, value) -> {
            if (value != null && !value.isNull()) {
                answers.put(questionId, answerOf(value));
            }
        });
        return answers;
    }

    private static Answer answerOf(JsonNode value) {
        if (value.isTextual()) {
            return WellFormedText.isWellFormed(value.asText()) ? new Answer.Text(value.asText())
                    : new Answer.Unreadable("text with an unpaired surrogate");
        }
        if (value.isNumber()) {
            return new Answer.Numeric(value.decimalValue());
        }
        if (value.isArray()) {
            List<String> texts = new ArrayList<>();
            value.forEach(element -> texts.add(element.isTextual() && WellFormedText.isWellFormed(element.asText())
                    ? element.asText() : null));
            return texts.stream().allMatch(Objects::nonNull) ? new Answer.Choices(texts)
                    : new Answer.Unreadable("an array with non-string values");
        }
        return new Answer.Unreadable(value.getNodeType().name().toLowerCase());
    }

    private static boolean isTime(String value) {
        try {
            OffsetDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Instant time(String value) {
        return OffsetDateTime.parse(value).toInstant();
    }
}
