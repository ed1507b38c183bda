package cloud.citizen.votes.service;

import java.util.Optional;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.votes.domain.Election;
import cloud.citizen.votes.domain.ElectionNotFoundException;
import cloud.citizen.votes.domain.ElectionStatus;
import cloud.citizen.votes.domain.Turnout;

/** Lists and shows elections to their community's owners and staff: details and live turnout only. */
public final class ElectionViews {
    private final Elections elections;
    private final BallotBox box;
    private final Access access;

    public ElectionViews(Elections elections, BallotBox box, Access access) {
        this.elections = elections;
        this.box = box;
        this.access = access;
    }

    public record ElectionView(Election election, Optional<Turnout> turnout) {
    }

    public Elections.ElectionPage list(Caller caller, String communityId, int limit, String cursor) {
        access.requireReaderOf(caller, communityId);
        return elections.ofCommunity(communityId, limit, cursor);
    }

    public ElectionView show(Caller caller, String electionId) {
        Election election = readable(caller, electionId);
        Optional<Turnout> turnout = election.status() == ElectionStatus.SCHEDULED ? Optional.empty()
                : Optional.of(box.turnout(election));
        return new ElectionView(election, turnout);
    }

    /** The election, if the caller may read it: 404 when absent, 403 when not theirs to see. */
    Election readable(Caller caller, String electionId) {
        Election election = elections.find(electionId)
                .orElseThrow(() -> new ElectionNotFoundException("No election " + electionId + "."));
        access.requireReaderOf(caller, election.communityId());
        return election;
    }
}
