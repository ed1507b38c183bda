package cloud.citizen.votes.service;

import java.util.List;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.votes.domain.DirectoryUser;
import cloud.citizen.votes.domain.RealNameRequiredException;
import cloud.citizen.votes.domain.RosterRows;
import cloud.citizen.votes.domain.Unit;
import cloud.citizen.votes.domain.UnitNotFoundException;
import cloud.citizen.votes.domain.UnitRow;
import cloud.citizen.votes.domain.UserNotFoundException;

/** Staff load a community's units and bind or remove their owners. */
public final class RosterAdministration {
    private final Roster roster;
    private final UserDirectory directory;
    private final Access access;

    public RosterAdministration(Roster roster, UserDirectory directory, Access access) {
        this.roster = roster;
        this.directory = directory;
        this.access = access;
    }

    /** @return how many units were written */
    public int load(Caller caller, String communityId, List<UnitRow> rows) {
        access.requireStaffOf(caller, communityId);
        List<Unit> units = RosterRows.check(communityId, rows);
        roster.load(communityId, units);
        return units.size();
    }

    public Roster.UnitPage list(Caller caller, String communityId, int limit, String cursor) {
        access.requireStaffOf(caller, communityId);
        return roster.units(communityId, limit, cursor);
    }

    public Unit bindOwner(Caller caller, String communityId, String unitId, String userId) {
        access.requireStaffOf(caller, communityId);
        Unit unit = unit(communityId, unitId);
        DirectoryUser user = directory.user(userId)
                .orElseThrow(() -> new UserNotFoundException("No user " + userId + " is known to votes yet."));
        if (!user.realNameVerified()) {
            throw new RealNameRequiredException("Only real-name verified users may own units.");
        }
        roster.bindOwner(unit, user);
        return unit;
    }

    public void removeOwner(Caller caller, String communityId, String unitId, String userId) {
        access.requireStaffOf(caller, communityId);
        roster.removeOwner(unit(communityId, unitId), userId);
    }

    private Unit unit(String communityId, String unitId) {
        return roster.unit(communityId, unitId)
                .orElseThrow(() -> new UnitNotFoundException("No unit " + unitId + " in community " + communityId + "."));
    }
}
