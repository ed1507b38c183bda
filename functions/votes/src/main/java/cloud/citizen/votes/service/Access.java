package cloud.citizen.votes.service;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.votes.domain.NotAllowedException;

/**
 * Who may do what: staff act in the communities they serve (admins everywhere); owners of a
 * community (bound to one of its units now) may read its elections and results.
 */
public final class Access {
    private final Roster roster;

    public Access(Roster roster) {
        this.roster = roster;
    }

    public void requireStaffOf(Caller caller, String communityId) {
        if (!caller.serves(communityId)) {
            throw new NotAllowedException("Only staff serving community " + communityId + " may do this.");
        }
    }

    public void requireReaderOf(Caller caller, String communityId) {
        if (!caller.serves(communityId) && !roster.ownsUnitIn(caller.userId(), communityId)) {
            throw new NotAllowedException("Only owners of community " + communityId + " and its staff may see this.");
        }
    }
}
