package cloud.citizen.votes.api;

import java.math.BigDecimal;
import java.util.List;

import cloud.citizen.votes.domain.ElectionKind;
import cloud.citizen.votes.domain.Rule;

/** Request bodies as the app sends them; shapes are checked in VotesValidation. */
public final class VotesRequests {
    private VotesRequests() {
    }

    public record UnitRequest(String unitId, String building, String number, BigDecimal areaM2, Boolean developerHeld) {
    }

    public record OwnerRequest(String userId) {
    }

    public record CandidateRequest(String candidateId, String name) {
    }

    public record ElectionRequest(String title, ElectionKind kind, Rule rule, List<CandidateRequest> candidates,
            Integer seats, String opensAt, String closesAt) {
    }

    public record BallotRequest(String unitId, List<String> choices) {
    }
}
