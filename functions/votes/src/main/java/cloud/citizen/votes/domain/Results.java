package cloud.citizen.votes.domain;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of a closed election. {@code elected} and {@code tieAtLastSeat} only mean something
 * for elections; {@code countersAgree} says whether the tally from the ballots equals the live
 * turnout counters; {@code auditChainHead} is the last hash of the audit CSV.
 */
public record Results(String electionId, ElectionKind kind, Rule rule, Instant closedAt, Turnout participation,
        boolean quorumMet, List<ChoiceCount> choices, boolean passed, List<String> elected, boolean tieAtLastSeat,
        boolean countersAgree, String auditChainHead) {

    public Results {
        choices = List.copyOf(choices);
        elected = List.copyOf(elected);
    }

    /** The results with the last hash of the audit CSV, which lets anyone notice rows cut off its end. */
    public Results withAuditChainHead(String head) {
        return new Results(electionId, kind, rule, closedAt, participation, quorumMet, choices, passed, elected,
                tieAtLastSeat, countersAgree, head);
    }
}
