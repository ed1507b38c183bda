package cloud.citizen.platform.problem;

import java.util.List;
import java.util.OptionalLong;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import cloud.citizen.platform.metrics.BusinessMetrics;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** The one place where anything thrown from a request becomes an application/problem+json response. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response refusal(Refusal refusal) {
        List<FieldError> errors = refusal instanceof ProblemException p ? p.errors() : List.of();
        String title = refusal.title() != null ? refusal.title() : titleFor(refusal.status());
        Problem problem = new Problem(Problem.typeFor(refusal.code()), title, refusal.status(),
                refusal.detail(), refusal.code(), errors);
        return response(problem, refusal.retryAfterSeconds());
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return response(JsonErrors.toProblem(e), OptionalLong.empty());
    }

    @ServerExceptionMapper
    public Response unreadableInput(MismatchedInputException e) {
        return response(JsonErrors.toProblem(e), OptionalLong.empty());
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        String code = switch (status) {
            case 400 -> ErrorCodes.VALIDATION_FAILED;
            case 401 -> ErrorCodes.UNAUTHENTICATED;
            case 403 -> ErrorCodes.FORBIDDEN;
            case 404 -> ErrorCodes.NOT_FOUND;
            case 405 -> ErrorCodes.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCodes.NOT_ACCEPTABLE;
            case 413 -> ErrorCodes.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCodes.UNSUPPORTED_MEDIA_TYPE;
            default -> "HTTP_" + status;
        };
        return response(Problem.of(status, code, titleFor(status), detailFor(status)), OptionalLong.empty());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (ServiceUnavailable.isTransient(e)) {
            LOG.warnf("AWS throttled or unreachable, answered 503: %s", e.getClass().getSimpleName());
            return ServiceUnavailable.response();
        }
        // the stack trace names classes and lines only; request data never goes into exception messages we log
        LOG.error("Unexpected failure while handling a request", e);
        return response(Problem.of(500, ErrorCodes.INTERNAL_ERROR, titleFor(500),
                "Something went wrong on our side. Please try again later."), OptionalLong.empty());
    }

    /** Every problem+json answer passes here, so here it is counted (by code) as a business metric. */
    public static Response response(Problem problem, OptionalLong retryAfterSeconds) {
        BusinessMetrics.refused(problem.code());
        Response.ResponseBuilder builder = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        retryAfterSeconds.ifPresent(seconds -> builder.header("Retry-After", Math.max(1, seconds)));
        return builder.build();
    }

    static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Request is not valid";
            case 401 -> "Authentication required";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 409 -> "Conflict";
            case 413 -> "Request body too large";
            case 415 -> "Unsupported media type";
            case 422 -> "Request cannot be processed";
            case 429 -> "Too many requests";
            case 500 -> "Internal error";
            default -> "HTTP " + status;
        };
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "No such resource or route.";
            case 405 -> "This route does not accept that HTTP method.";
            case 415 -> "Send the request body as application/json.";
            case 406 -> "This API answers with application/json.";
            default -> titleFor(status) + ".";
        };
    }
}
