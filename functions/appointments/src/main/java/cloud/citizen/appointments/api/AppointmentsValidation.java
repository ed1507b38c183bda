package cloud.citizen.appointments.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import cloud.citizen.appointments.api.AppointmentsRequests.BookingRequest;
import cloud.citizen.appointments.api.AppointmentsRequests.CheckInRequest;
import cloud.citizen.appointments.api.AppointmentsRequests.ProviderRequest;
import cloud.citizen.appointments.api.AppointmentsRequests.ScheduleRequest;
import cloud.citizen.appointments.domain.DaySchedule;
import cloud.citizen.appointments.domain.Provider;
import cloud.citizen.appointments.domain.ProviderType;
import cloud.citizen.platform.problem.ProblemException;
import cloud.citizen.platform.validation.Validation;

/** Turns request bodies and query values into domain values, naming every bad field at once (400 VALIDATION_FAILED). */
final class AppointmentsValidation {
    static final int MAX_CAPACITY = 10_000;
    static final int MAX_SLOTS_PER_CALL = 96;
    static final int MAX_DOSE = 5;

    private AppointmentsValidation() {
    }

    static Provider provider(ProviderRequest body) {
        Validation.requireBody(body);
        Validation v = new Validation()
                .required("providerId", body.providerId())
                .check("providerId", body.providerId(), id -> id.matches(Provider.ID_PATTERN),
                        "must be 3 to 48 lower-case letters, digits or dashes")
                .required("name", body.name()).length("name", body.name(), 1, 100)
                .required("type", body.type())
                .required("district", body.district()).length("district", body.district(), 1, 40)
                .required("communityId", body.communityId()).length("communityId", body.communityId(), 1, 64)
                .required("address", body.address()).length("address", body.address(), 1, 200)
                .length("department", body.department(), 1, 100)
                .length("vaccine", body.vaccine(), 1, 64);
        if (body.type() == ProviderType.VACCINE) {
            v.required("vaccine", body.vaccine());
        }
        v.throwIfInvalid();
        return new Provider(body.providerId(), body.name().trim(), body.type(), body.district().trim(),
                body.communityId(), body.address().trim(), body.department(), body.vaccine());
    }

    static DaySchedule schedule(ScheduleRequest body) {
        Validation.requireBody(body);
        Validation v = new Validation()
                .required("date", body.date()).required("start", body.start()).required("end", body.end())
                .required("capacity", body.capacity()).range("capacity", body.capacity(), 1, MAX_CAPACITY)
                .required("count", body.count()).range("count", body.count(), 1, MAX_SLOTS_PER_CALL)
                .range("dose", body.dose(), 1, MAX_DOSE);
        LocalDate date = date(v, "date", body.date());
        LocalTime start = time(v, "start", body.start());
        LocalTime end = time(v, "end", body.end());
        v.throwIfInvalid();
        DaySchedule schedule = new DaySchedule(date, start, end, body.capacity(), body.count(),
                body.dose() == null ? 1 : body.dose());
        String problem = schedule.problem();
        if (problem != null) {
            throw ProblemException.invalid("end", problem);
        }
        return schedule;
    }

    static String slotId(BookingRequest body) {
        Validation.requireBody(body);
        new Validation().required("slotId", body.slotId()).length("slotId", body.slotId(), 1, 100).throwIfInvalid();
        return body.slotId();
    }

    static String code(CheckInRequest body) {
        Validation.requireBody(body);
        new Validation().required("code", body.code()).length("code", body.code(), 1, 32).throwIfInvalid();
        return body.code();
    }

    static Optional<ProviderType> type(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ProviderType.fromWire(raw)
                .orElseThrow(() -> ProblemException.invalid("type", "must be one of: hospital, vaccine")));
    }

    static Optional<String> district(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        new Validation().length("district", raw, 1, 40).throwIfInvalid();
        return Optional.of(raw);
    }

    static Optional<LocalDate> date(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        Validation v = new Validation();
        LocalDate date = date(v, "date", raw);
        v.throwIfInvalid();
        return Optional.of(date);
    }

    private static LocalDate date(Validation v, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            if (raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(raw);
            }
        } catch (DateTimeParseException e) {
            // falls through to the field error
        }
        v.fail(field, "must be a date YYYY-MM-DD");
        return null;
    }

    private static LocalTime time(Validation v, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            if (raw.matches("\\d{2}:\\d{2}")) {
                return LocalTime.parse(raw);
            }
        } catch (DateTimeParseException e) {
            // falls through to the field error
        }
        v.fail(field, "must be a time of day HH:mm (city time)");
        return null;
    }
}
