package cloud.citizen.platform.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

import cloud.citizen.platform.problem.FieldError;
import cloud.citizen.platform.problem.ProblemException;

/**
 * Collects every problem of a request body before refusing it, so the app can mark all bad fields
 * at once. Each check returns this, and skips fields already known to be missing.
 */
public final class Validation {
    private final List<FieldError> errors = new ArrayList<>();

    /** Refuses a missing body straight away: there are no fields to look at. */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw ProblemException.invalid(List.of(new FieldError("", "a JSON request body is required")));
        }
        return body;
    }

    public Validation required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty())) {
            errors.add(new FieldError(field, "is required"));
        }
        return this;
    }

    public Validation length(String field, String value, int min, int max) {
        if (value != null) {
            int length = value.codePointCount(0, value.length());
            if (length < min || length > max) {
                errors.add(new FieldError(field, "must be " + min + " to " + max + " characters long"));
            }
        }
        return this;
    }

    public Validation range(String field, Number value, long min, long max) {
        if (value != null && (value.longValue() < min || value.longValue() > max)) {
            errors.add(new FieldError(field, "must be between " + min + " and " + max));
        }
        return this;
    }

    public <T> Validation check(String field, T value, Predicate<T> rule, String message) {
        if (value != null && !rule.test(value)) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public Validation fail(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
