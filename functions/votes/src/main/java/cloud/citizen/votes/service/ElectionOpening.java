package cloud.citizen.votes.service;

import org.jboss.logging.Logger;

import cloud.citizen.votes.domain.Election;
import cloud.citizen.votes.domain.ElectionNotFoundException;
import cloud.citizen.votes.domain.ElectionStatus;
import cloud.citizen.votes.domain.Electorate;

/**
 * Opens an election: reads the roster at a known version, freezes the electorate it yields
 * (units, areas, owners, voting groups), then opens in one transaction that fails if the roster
 * moved meanwhile (then it starts over) and locks the roster until close. Owners are told.
 */
public final class ElectionOpening {
    private static final Logger LOG = Logger.getLogger(ElectionOpening.class);
    private static final int ATTEMPTS = 5;

    private final Elections elections;
    private final Roster roster;
    private final OwnerNotices notices;

    public ElectionOpening(Elections elections, Roster roster, OwnerNotices notices) {
        this.elections = elections;
        this.roster = roster;
        this.notices = notices;
    }

    /** @return the election as it is now: OPEN, or still SCHEDULED when the roster is busy (the schedule retries) */
    public Election open(String electionId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Election election = find(electionId);
            if (election.status() != ElectionStatus.SCHEDULED) {
                return election;
            }
            long version = elections.rosterVersion(election.communityId());
            Electorate electorate = Electorate.of(roster.allUnits(election.communityId()));
            elections.freeze(election, electorate);
            if (elections.open(election, electorate, version)) {
                try {
                    notifyOwners(electionId);
                } catch (RuntimeException e) {
                    LOG.warnf("Opening notices of %s not sent yet, the schedule will: %s", electionId,
                            e.getClass().getSimpleName());
                }
                return find(electionId);
            }
        }
        LOG.infof("Election %s stays scheduled: its roster kept changing; the schedule will try again", electionId);
        return find(electionId);
    }

    /** Best effort right after opening; what fails here the schedule sends again (same message ids). */
    public void notifyOwners(String electionId) {
        Election election = find(electionId);
        notices.send(election, elections.frozenOwners(electionId));
        notices.done(electionId);
    }

    private Election find(String electionId) {
        return elections.find(electionId)
                .orElseThrow(() -> new ElectionNotFoundException("No election " + electionId + "."));
    }
}
