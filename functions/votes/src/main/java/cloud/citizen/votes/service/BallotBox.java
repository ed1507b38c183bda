package cloud.citizen.votes.service;

import java.util.List;
import java.util.Optional;

import cloud.citizen.votes.domain.Ballot;
import cloud.citizen.votes.domain.Election;
import cloud.citizen.votes.domain.Turnout;
import cloud.citizen.votes.domain.VotingGroup;

/**
 * Ballots and the live turnout counters. {@link #cast} is one transaction: the group's ballot
 * (only if absent), the counter shard (only while open), the receipt and the usage event.
 */
public interface BallotBox {

    /** The voting group the unit belonged to when the election opened. */
    Optional<VotingGroup> groupOf(Election election, String unitId);

    /**
     * @throws cloud.citizen.votes.domain.AlreadyVotedException when the group has voted
     * @throws cloud.citizen.votes.domain.ElectionNotOpenException when counting has started
     */
    void cast(Election election, Ballot ballot, String receiptHash, String voterId);

    /** The electorate's totals and the live counters. */
    Turnout turnout(Election election);

    List<Ballot> ballots(Election election);

    boolean counted(String electionId, String receiptHash);
}
