package cloud.citizen.surveys.api;

import java.util.List;
import java.util.OptionalLong;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import cloud.citizen.platform.problem.FieldError;
import cloud.citizen.platform.problem.Problem;
import cloud.citizen.platform.problem.ProblemMappers;
import cloud.citizen.platform.problem.Refusal;
import cloud.citizen.surveys.domain.InvalidAnswersException;
import cloud.citizen.surveys.domain.InvalidSurveyException;

/**
 * The two refusals that list problems ({@code errors[]}): the platform's mapper of refusals knows
 * field errors only for its own validation exception, so these more specific mappers add them.
 */
public class SurveysProblems {

    @ServerExceptionMapper
    public Response invalidSurvey(InvalidSurveyException refusal) {
        return withErrors(refusal, refusal.errors());
    }

    @ServerExceptionMapper
    public Response invalidAnswers(InvalidAnswersException refusal) {
        return withErrors(refusal, refusal.errors());
    }

    private static Response withErrors(Refusal refusal, List<FieldError> errors) {
        Problem plain = Problem.of(refusal.status(), refusal.code(), "Request cannot be processed", refusal.detail());
        return ProblemMappers.response(new Problem(plain.type(), plain.title(), plain.status(), plain.detail(),
                plain.code(), errors), OptionalLong.empty());
    }
}
