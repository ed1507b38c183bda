package cloud.citizen.votes.domain;

import java.util.List;
import java.util.Set;

/**
 * Units linked by shared owners (or all held by the developer): they cast one ballot, through any
 * of their owners, for all their units, and count as one owner (SPC 2009 interpretation, art. 9).
 * The id is the smallest unit id of the group, so the same roster always yields the same groups.
 */
public record VotingGroup(String groupId, List<String> unitIds, long areaCenti, Set<String> owners,
        boolean developerHeld) {

    public VotingGroup {
        unitIds = List.copyOf(unitIds);
        owners = Set.copyOf(owners);
    }

    public boolean isOwnedBy(String userId) {
        return owners.contains(userId);
    }
}
