package cloud.citizen.votes.service;

import java.time.Clock;
import java.util.List;

import org.jboss.logging.Logger;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.votes.domain.AuditTrail;
import cloud.citizen.votes.domain.Ballot;
import cloud.citizen.votes.domain.Election;
import cloud.citizen.votes.domain.ElectionNotFoundException;
import cloud.citizen.votes.domain.ElectionNotOpenException;
import cloud.citizen.votes.domain.ElectionStatus;
import cloud.citizen.votes.domain.Results;
import cloud.citizen.votes.domain.Tally;
import cloud.citizen.votes.domain.Turnout;

/**
 * Closes an election in two steps: OPEN -> CLOSING stops ballots (the counter shards' condition)
 * and unlocks the roster; then the ballots are counted, the audit CSV stored and the results
 * written (CLOSING -> CLOSED). A counting that died half-way is finished by the next close call or
 * by the schedule; counting is deterministic, so finishing twice writes the same results.
 */
public final class ElectionClosing {
    private static final Logger LOG = Logger.getLogger(ElectionClosing.class);

    private final Elections elections;
    private final BallotBox box;
    private final AuditArchive archive;
    private final Access access;
    private final Clock clock;

    public ElectionClosing(Elections elections, BallotBox box, AuditArchive archive, Access access, Clock clock) {
        this.elections = elections;
        this.box = box;
        this.archive = archive;
        this.access = access;
        this.clock = clock;
    }

    /** Staff close by hand: 409 ELECTION_NOT_OPEN unless it is open (or its counting was interrupted). */
    public Results close(Caller caller, String electionId) {
        Election election = find(electionId);
        access.requireStaffOf(caller, election.communityId());
        return closeOrFinish(election).orElseThrow(
                () -> new ElectionNotOpenException("Only an open election can be closed."));
    }

    /** For the schedule: closes or finishes a due election; nothing when it is neither open nor closing. */
    public java.util.Optional<Results> closeDue(String electionId) {
        return closeOrFinish(find(electionId));
    }

    private java.util.Optional<Results> closeOrFinish(Election election) {
        if (election.status() == ElectionStatus.OPEN) {
            elections.beginClosing(election, clock.instant());
            election = find(election.electionId());
        }
        if (election.status() != ElectionStatus.CLOSING) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(count(election));
    }

    private Results count(Election election) {
        List<Ballot> ballots = box.ballots(election);
        Turnout counters = box.turnout(election);
        Turnout electorate = election.electorate().orElseThrow();
        Results results = Tally.count(election, electorate, ballots, election.closedAt().orElseThrow(), counters);
        if (!results.countersAgree()) {
            LOG.errorf("Election %s: the tally of %d ballots disagrees with the live counters (%s vs %s)",
                    election.electionId(), ballots.size(), results.participation(), counters);
        }
        AuditTrail.Document audit = AuditTrail.write(election.electionId(), ballots, results);
        archive.store(election.electionId(), audit.csv());
        Results published = results.withAuditChainHead(audit.head());
        elections.finishClosing(election, published);
        return published;
    }

    private Election find(String electionId) {
        return elections.find(electionId)
                .orElseThrow(() -> new ElectionNotFoundException("No election " + electionId + "."));
    }
}
