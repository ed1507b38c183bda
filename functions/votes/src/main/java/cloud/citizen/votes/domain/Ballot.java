package cloud.citizen.votes.domain;

import java.time.Instant;
import java.util.List;

/**
 * One counted ballot: the group that cast it, its units and area (copied from the frozen
 * electorate), the choices, the time, and the hash of the receipt the voter holds. It names no
 * voter: which of the group's owners cast it is not kept.
 */
public record Ballot(String groupId, List<String> unitIds, long areaCenti, List<String> choices, Instant castAt,
        String receiptHash) {

    public Ballot {
        unitIds = List.copyOf(unitIds);
        choices = List.copyOf(choices);
    }
}
