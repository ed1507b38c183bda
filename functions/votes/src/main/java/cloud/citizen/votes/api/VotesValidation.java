package cloud.citizen.votes.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cloud.citizen.platform.problem.ProblemException;
import cloud.citizen.platform.validation.Validation;
import cloud.citizen.votes.api.VotesRequests.BallotRequest;
import cloud.citizen.votes.api.VotesRequests.CandidateRequest;
import cloud.citizen.votes.api.VotesRequests.ElectionRequest;
import cloud.citizen.votes.api.VotesRequests.OwnerRequest;
import cloud.citizen.votes.api.VotesRequests.UnitRequest;
import cloud.citizen.votes.domain.Candidate;
import cloud.citizen.votes.domain.ElectionKind;
import cloud.citizen.votes.domain.RosterRows;
import cloud.citizen.votes.domain.UnitRow;
import cloud.citizen.votes.service.ElectionSetup;

/**
 * Shapes of requests (400 VALIDATION_FAILED): missing fields, wrong sizes, malformed times and ids.
 * Rules between well-formed values (area ≤ 0, duplicate units, seats, closesAt) are the domain's 422s.
 */
final class VotesValidation {
    static final int MAX_UNITS_PER_REQUEST = 500;
    private static final int MAX_CANDIDATES = 100;

    private VotesValidation() {
    }

    static String id(String field, String value) {
        if (value == null || !RosterRows.ID.matcher(value).matches()) {
            throw ProblemException.invalid(field, "must be 1-64 letters, digits, '.', '_' or '-'");
        }
        return value;
    }

    static List<UnitRow> units(List<UnitRequest> rows) {
        Validation.requireBody(rows);
        Validation v = new Validation();
        v.check("", rows, r -> !r.isEmpty() && r.size() <= MAX_UNITS_PER_REQUEST,
                "must hold 1 to " + MAX_UNITS_PER_REQUEST + " units");
        v.throwIfInvalid();
        List<UnitRow> units = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            UnitRequest row = rows.get(i);
            if (row == null) {
                v.fail("[" + i + "]", "must be an object");
                continue;
            }
            v.required("[" + i + "].unitId", row.unitId()).required("[" + i + "].building", row.building())
                    .required("[" + i + "].number", row.number()).required("[" + i + "].areaM2", row.areaM2());
            units.add(new UnitRow(row.unitId(), row.building(), row.number(), row.areaM2(),
                    Boolean.TRUE.equals(row.developerHeld())));
        }
        v.throwIfInvalid();
        return units;
    }

    static String ownerId(OwnerRequest request) {
        Validation.requireBody(request);
        new Validation().required("userId", request.userId()).length("userId", request.userId(), 1, 128)
                .throwIfInvalid();
        return request.userId();
    }

    static ElectionSetup.Draft election(ElectionRequest r) {
        Validation.requireBody(r);
        Validation v = new Validation().required("title", r.title()).length("title", r.title(), 1, 200)
                .required("kind", r.kind()).required("opensAt", r.opensAt()).required("closesAt", r.closesAt());
        Instant opensAt = time(v, "opensAt", r.opensAt());
        Instant closesAt = time(v, "closesAt", r.closesAt());
        List<Candidate> candidates = List.of();
        if (r.kind() == ElectionKind.MOTION) {
            v.required("rule", r.rule());
            v.check("candidates", r.candidates(), List::isEmpty, "motions have no candidates (options are fixed)");
        } else if (r.kind() == ElectionKind.ELECTION) {
            v.required("candidates", r.candidates()).required("seats", r.seats());
            v.check("candidates", r.candidates(), c -> c.size() <= MAX_CANDIDATES, "at most " + MAX_CANDIDATES);
            candidates = candidates(v, r.candidates());
        }
        v.throwIfInvalid();
        return new ElectionSetup.Draft(r.title().strip(), r.kind(), r.rule(), candidates,
                r.seats() == null ? 1 : r.seats(), opensAt, closesAt);
    }

    private static List<Candidate> candidates(Validation v, List<CandidateRequest> requests) {
        List<Candidate> candidates = new ArrayList<>();
        if (requests == null) {
            return candidates;
        }
        for (int i = 0; i < requests.size(); i++) {
            CandidateRequest c = requests.get(i);
            if (c == null) {
                v.fail("candidates[" + i + "]", "must be an object");
                continue;
            }
            v.check("candidates[" + i + "].candidateId", c.candidateId(), id -> RosterRows.ID.matcher(id).matches(),
                    "must be 1-64 letters, digits, '.', '_' or '-'").required("candidates[" + i + "].candidateId", c.candidateId())
                    .required("candidates[" + i + "].name", c.name()).length("candidates[" + i + "].name", c.name(), 1, 100);
            candidates.add(new Candidate(c.candidateId(), c.name() == null ? null : c.name().strip()));
        }
        return candidates;
    }

    private static Instant time(Validation v, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            v.fail(field, "must be an ISO-8601 time with offset, e.g. 2026-11-28T09:00:00+08:00");
            return null;
        }
    }

    static BallotRequest ballot(BallotRequest r) {
        Validation.requireBody(r);
        Validation v = new Validation().required("unitId", r.unitId()).length("unitId", r.unitId(), 1, 64);
        if (r.choices() == null) {
            v.fail("choices", "is required");
        } else {
            v.check("choices", r.choices(), c -> c.size() <= MAX_CANDIDATES && !c.contains(null),
                    "must be an array of at most " + MAX_CANDIDATES + " strings");
        }
        v.throwIfInvalid();
        return r;
    }
}
