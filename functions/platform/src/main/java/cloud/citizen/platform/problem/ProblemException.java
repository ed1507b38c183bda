package cloud.citizen.platform.problem;

import java.util.List;
import java.util.OptionalLong;

/** A refusal raised by the platform layers (validation, auth, idempotency) rather than a domain. */
public final class ProblemException extends Refusal {
    private final transient List<FieldError> errors;
    private final long retryAfter;

    private ProblemException(int status, String code, String detail, List<FieldError> errors, long retryAfter) {
        super(status, code, detail);
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    public static ProblemException of(int status, String code, String detail) {
        return new ProblemException(status, code, detail, List.of(), -1);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are not valid";
        return new ProblemException(400, ErrorCodes.VALIDATION_FAILED, detail, errors, -1);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException unauthenticated(String detail) {
        return of(401, ErrorCodes.UNAUTHENTICATED, detail);
    }

    public static ProblemException forbidden(String detail) {
        return of(403, ErrorCodes.FORBIDDEN, detail);
    }

    public static ProblemException notFound(String code, String detail) {
        return of(404, code, detail);
    }

    public static ProblemException tooManyRequests(String code, String detail, long retryAfterSeconds) {
        return new ProblemException(429, code, detail, List.of(), retryAfterSeconds);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public OptionalLong retryAfterSeconds() {
        return retryAfter < 0 ? OptionalLong.empty() : OptionalLong.of(retryAfter);
    }
}
