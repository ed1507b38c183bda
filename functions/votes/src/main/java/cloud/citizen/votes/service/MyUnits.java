package cloud.citizen.votes.service;

import java.util.List;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.votes.domain.OwnedUnit;

/** A citizen's own units, from votes' roster. */
public final class MyUnits {
    private final Roster roster;

    public MyUnits(Roster roster) {
        this.roster = roster;
    }

    public List<OwnedUnit> of(Caller caller) {
        return roster.unitsOf(caller.userId());
    }
}
