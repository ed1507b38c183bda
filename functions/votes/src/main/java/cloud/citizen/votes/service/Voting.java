package cloud.citizen.votes.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.votes.domain.Ballot;
import cloud.citizen.votes.domain.BallotRules;
import cloud.citizen.votes.domain.Election;
import cloud.citizen.votes.domain.ElectionNotFoundException;
import cloud.citizen.votes.domain.ElectionNotOpenException;
import cloud.citizen.votes.domain.NotUnitOwnerException;
import cloud.citizen.votes.domain.Receipts;
import cloud.citizen.votes.domain.VotingGroup;

/**
 * An owner casts their voting group's one ballot, for all the group's units. The checks here give
 * clear answers; the guarantees (one ballot per group, none after counting started) are the
 * ballot box's transaction conditions.
 */
public final class Voting {
    private final Elections elections;
    private final BallotBox box;
    private final Receipts receipts;
    private final Clock clock;

    public Voting(Elections elections, BallotBox box, Receipts receipts, Clock clock) {
        this.elections = elections;
        this.box = box;
        this.receipts = receipts;
        this.clock = clock;
    }

    /** @return the receipt, shown once to the voter */
    public String cast(Caller caller, String electionId, String unitId, List<String> choices) {
        Election election = elections.find(electionId)
                .orElseThrow(() -> new ElectionNotFoundException("No election " + electionId + "."));
        Instant now = clock.instant();
        if (!election.acceptsBallotsAt(now)) {
            throw new ElectionNotOpenException("This election does not take ballots now.");
        }
        VotingGroup group = box.groupOf(election, unitId).filter(g -> g.isOwnedBy(caller.userId()))
                .orElseThrow(() -> new NotUnitOwnerException("You did not own unit " + unitId
                        + " when this election opened."));
        BallotRules.check(election, choices);
        String receipt = receipts.newReceipt();
        String receiptHash = Receipts.hash(receipt);
        box.cast(election, new Ballot(group.groupId(), group.unitIds(), group.areaCenti(), choices, now, receiptHash),
                receiptHash, caller.userId());
        return receipt;
    }
}
