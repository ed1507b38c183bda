package cloud.citizen.votes.service;

import java.util.List;
import java.util.Optional;

import cloud.citizen.votes.domain.DirectoryUser;
import cloud.citizen.votes.domain.OwnedUnit;
import cloud.citizen.votes.domain.Unit;

/**
 * A community's units and their owners. Every change is refused with RosterFrozenException while
 * an election of the community is open (the store enforces it with a condition on the community's
 * roster item, in the same transaction as the change).
 */
public interface Roster {

    /** Creates or updates the units (owners untouched), all or nothing. */
    void load(String communityId, List<Unit> units);

    Optional<Unit> unit(String communityId, String unitId);

    /** One page of the community's units, in unitId order. */
    UnitPage units(String communityId, int limit, String cursor);

    /** Every unit, for freezing the electorate. */
    List<Unit> allUnits(String communityId);

    /** @return false when the user already owned the unit (nothing changed, nothing announced) */
    boolean bindOwner(Unit unit, DirectoryUser user);

    /** @throws cloud.citizen.votes.domain.OwnerNotFoundException when the user does not own the unit */
    void removeOwner(Unit unit, String userId);

    /** The user's units, by community then unit id. */
    List<OwnedUnit> unitsOf(String userId);

    boolean ownsUnitIn(String userId, String communityId);

    record UnitPage(List<Unit> items, String nextCursor) {
    }
}
