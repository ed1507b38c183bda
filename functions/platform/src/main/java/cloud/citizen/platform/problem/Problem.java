package cloud.citizen.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error response (RFC 9457 problem details). {@code code} is the stable
 * UPPER_SNAKE string the app switches on; {@code errors} lists invalid fields, if any.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(typeFor(code), title, status, detail, code, List.of());
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(typeFor(ErrorCodes.VALIDATION_FAILED), "Request is not valid", 400, detail,
                ErrorCodes.VALIDATION_FAILED, List.copyOf(errors));
    }

    /** A stable URI per error code, so clients and docs can link to an explanation. */
    static String typeFor(String code) {
        return "https://citizen-cloud.example/problems/" + code.toLowerCase().replace('_', '-');
    }
}
