package cloud.citizen.votes.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A motion or an election of one community. {@code electorate} holds the frozen totals (units,
 * owners, area) once it opened; {@code closedAt} is set when counting started.
 */
public record Election(String electionId, String communityId, String title, ElectionKind kind, Rule rule,
        List<Candidate> candidates, int seats, Instant opensAt, Instant closesAt, ElectionStatus status,
        Optional<Turnout> electorate, Optional<Instant> closedAt) {

    public static final List<String> MOTION_OPTIONS = List.of("agree", "disagree", "abstain");

    public Election {
        candidates = List.copyOf(candidates);
    }

    /** What a ballot may choose: the three motion options, or the candidate ids. */
    public List<String> options() {
        return kind == ElectionKind.MOTION ? MOTION_OPTIONS : candidates.stream().map(Candidate::candidateId).toList();
    }

    /** How many options one ballot may pick. */
    public int maxChoices() {
        return kind == ElectionKind.MOTION ? 1 : seats;
    }

    public boolean acceptsBallotsAt(Instant now) {
        return status == ElectionStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public Election withStatus(ElectionStatus newStatus) {
        return new Election(electionId, communityId, title, kind, rule, candidates, seats, opensAt, closesAt, newStatus,
                electorate, closedAt);
    }
}
