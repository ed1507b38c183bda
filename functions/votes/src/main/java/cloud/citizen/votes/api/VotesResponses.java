package cloud.citizen.votes.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

import cloud.citizen.votes.domain.Areas;
import cloud.citizen.votes.domain.Candidate;
import cloud.citizen.votes.domain.ChoiceCount;
import cloud.citizen.votes.domain.Election;
import cloud.citizen.votes.domain.OwnedUnit;
import cloud.citizen.votes.domain.ElectionKind;
import cloud.citizen.votes.domain.Results;
import cloud.citizen.votes.domain.Turnout;
import cloud.citizen.votes.domain.Unit;

/** Response bodies; field names as API.md fixes them. Times in city time (+08:00), areas exact. */
final class VotesResponses {
    private static final ZoneOffset CITY = ZoneOffset.ofHours(8);

    private VotesResponses() {
    }

    static String cityTime(Instant instant) {
        return instant.atOffset(CITY).toString();
    }

    record UnitResponse(String unitId, String building, String number, BigDecimal areaM2, boolean developerHeld,
            List<String> owners) {
        static UnitResponse of(Unit u) {
            return new UnitResponse(u.unitId(), u.building(), u.number(), Areas.toM2(u.areaCenti()), u.developerHeld(),
                    u.owners().stream().sorted().toList());
        }
    }

    record MyUnitResponse(String communityId, String unitId, String building, String number, BigDecimal areaM2) {
        static MyUnitResponse of(OwnedUnit u) {
            return new MyUnitResponse(u.communityId(), u.unitId(), u.building(), u.number(), Areas.toM2(u.areaCenti()));
        }
    }

    record LoadedResponse(String communityId, int loaded) {
    }

    record OwnerResponse(String communityId, String unitId, String userId) {
    }

    record ReceiptResponse(String receipt) {
    }

    record IncludedResponse(boolean included) {
    }

    record DownloadResponse(String downloadUrl, int expiresInSeconds) {
    }

    record TurnoutResponse(long units, long unitsVoted, long owners, long ownersVoted, BigDecimal areaM2,
            BigDecimal areaVotedM2) {
        static TurnoutResponse of(Turnout t) {
            return new TurnoutResponse(t.units(), t.unitsVoted(), t.owners(), t.ownersVoted(), Areas.toM2(t.areaCenti()),
                    Areas.toM2(t.areaVotedCenti()));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ElectionResponse(String electionId, String communityId, String title, String kind, String rule,
            List<Candidate> candidates, List<String> options, int seats, String opensAt, String closesAt, String status,
            TurnoutResponse turnout) {
        static ElectionResponse of(Election e, Optional<Turnout> turnout) {
            return new ElectionResponse(e.electionId(), e.communityId(), e.title(), e.kind().wireName(),
                    e.rule().wireName(), e.candidates(), e.options(), e.seats(), cityTime(e.opensAt()),
                    cityTime(e.closesAt()), e.status().wireName(), turnout.map(TurnoutResponse::of).orElse(null));
        }
    }

    record ChoiceResponse(String choice, long ballots, long units, long owners, BigDecimal areaM2) {
        static ChoiceResponse of(ChoiceCount c) {
            return new ChoiceResponse(c.choice(), c.ballots(), c.units(), c.owners(), Areas.toM2(c.areaCenti()));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ResultsResponse(String electionId, String kind, String rule, String closedAt, TurnoutResponse participation,
            boolean quorumMet, List<ChoiceResponse> choices, boolean passed, List<String> elected,
            Boolean tieAtLastSeat, boolean countersAgree, String auditChainHead) {
        static ResultsResponse of(Results r) {
            boolean election = r.kind() == ElectionKind.ELECTION;
            return new ResultsResponse(r.electionId(), r.kind().wireName(), r.rule().wireName(), cityTime(r.closedAt()),
                    TurnoutResponse.of(r.participation()), r.quorumMet(),
                    r.choices().stream().map(ChoiceResponse::of).toList(), r.passed(), election ? r.elected() : null,
                    election ? r.tieAtLastSeat() : null, r.countersAgree(), r.auditChainHead());
        }
    }
}
