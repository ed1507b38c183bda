package cloud.citizen.stats.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import cloud.citizen.platform.problem.ProblemException;
import cloud.citizen.platform.validation.Validation;
import cloud.citizen.stats.domain.DayRange;

/** Query parameters of the daily list: two real dates {@code YYYY-MM-DD}, in order, at most 366 days apart. */
final class StatsValidation {
    /** Strict: 2026-02-30 is refused rather than moved to the end of the month. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private StatsValidation() {
    }

    static DayRange range(String from, String to) {
        Validation validation = new Validation().required("from", from).required("to", to);
        LocalDate first = date(validation, "from", from);
        LocalDate last = date(validation, "to", to);
        validation.throwIfInvalid();
        if (first.isAfter(last)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        if (DayRange.length(first, last) > DayRange.MAX_DAYS) {
            throw ProblemException.invalid("to", "at most " + DayRange.MAX_DAYS + " days from from");
        }
        return new DayRange(first, last);
    }

    private static LocalDate date(Validation validation, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            validation.fail(field, "must be a date YYYY-MM-DD");
            return null;
        }
    }
}
