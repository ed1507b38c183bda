package cloud.citizen.platform.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import cloud.citizen.platform.problem.FieldError;
import cloud.citizen.platform.problem.ProblemException;

/**
 * Every path parameter of every route is checked before its resource runs: at most
 * {@value #MAX_LENGTH} characters and no control characters, else 400 VALIDATION_FAILED naming the
 * parameter. No id in this API comes near that length, and a longer one would otherwise reach
 * DynamoDB (whose 2 KiB key limit answers with a 500) or a log line. Runs after the access check,
 * so an anonymous caller still gets 401 first. Capabilities check the finer shape of their ids.
 */
public class PathParameterGuard {
    public static final int MAX_LENGTH = 256;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 10)
    public void check(ContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getPathParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                problemWith(value).ifPresent(message -> errors.add(new FieldError(parameter.getKey(), message)));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    static Optional<String> problemWith(String value) {
        if (value.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("must not contain control characters");
        }
        return Optional.empty();
    }
}
