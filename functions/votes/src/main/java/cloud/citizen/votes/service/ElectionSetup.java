package cloud.citizen.votes.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.votes.domain.Candidate;
import cloud.citizen.votes.domain.Election;
import cloud.citizen.votes.domain.ElectionKind;
import cloud.citizen.votes.domain.ElectionStatus;
import cloud.citizen.votes.domain.InvalidElectionException;
import cloud.citizen.votes.domain.Rule;

/**
 * Staff create a motion or an election. One whose opensAt has passed opens at once (electorate
 * frozen in this request); a future one is opened by the schedule within a minute of opensAt.
 */
public final class ElectionSetup {
    private final Elections elections;
    private final ElectionOpening opening;
    private final Access access;
    private final Clock clock;

    public ElectionSetup(Elections elections, ElectionOpening opening, Access access, Clock clock) {
        this.elections = elections;
        this.opening = opening;
        this.access = access;
        this.clock = clock;
    }

    /** What staff asked for, its shape already checked. */
    public record Draft(String title, ElectionKind kind, Rule rule, List<Candidate> candidates, int seats,
            Instant opensAt, Instant closesAt) {
    }

    public Election create(Caller caller, String communityId, Draft draft) {
        access.requireStaffOf(caller, communityId);
        check(draft);
        Election election = new Election("e-" + UUID.randomUUID(), communityId, draft.title(), draft.kind(),
                draft.kind() == ElectionKind.ELECTION ? Rule.ORDINARY : draft.rule(), draft.candidates(),
                draft.kind() == ElectionKind.ELECTION ? draft.seats() : 1, draft.opensAt(), draft.closesAt(),
                ElectionStatus.SCHEDULED, Optional.empty(), Optional.empty());
        elections.create(election);
        if (!draft.opensAt().isAfter(clock.instant())) {
            return opening.open(election.electionId());
        }
        return election;
    }

    private void check(Draft draft) {
        if (!draft.closesAt().isAfter(draft.opensAt())) {
            throw new InvalidElectionException("closesAt must be after opensAt.");
        }
        if (!draft.closesAt().isAfter(clock.instant())) {
            throw new InvalidElectionException("closesAt must be in the future.");
        }
        if (draft.kind() == ElectionKind.ELECTION) {
            if (draft.rule() == Rule.MAJOR) {
                throw new InvalidElectionException("Committee elections follow the ordinary rule.");
            }
            if (draft.seats() < 1 || draft.seats() > draft.candidates().size()) {
                throw new InvalidElectionException("seats must be from 1 to the number of candidates.");
            }
            Set<String> ids = new HashSet<>();
            for (Candidate candidate : draft.candidates()) {
                if (!ids.add(candidate.candidateId())) {
                    throw new InvalidElectionException("candidateId " + candidate.candidateId() + " appears twice.");
                }
            }
        }
    }
}
