package cloud.citizen.votes.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cloud.citizen.votes.domain.Election;
import cloud.citizen.votes.domain.Electorate;
import cloud.citizen.votes.domain.Results;

/** Elections and their life cycle; each transition is one conditional write in the store. */
public interface Elections {

    void create(Election election);

    Optional<Election> find(String electionId);

    ElectionPage ofCommunity(String communityId, int limit, String cursor);

    /** Ids of SCHEDULED elections whose opensAt is not after {@code now} (an index query). */
    List<String> dueToOpen(Instant now);

    /** Ids of OPEN elections past closesAt and CLOSING ones whose counting was interrupted (an index query). */
    List<String> dueToClose(Instant now);

    /** The roster's version: every roster change increases it, so a frozen electorate can prove it is current. */
    long rosterVersion(String communityId);

    /** Writes the electorate snapshot (idempotent) that ballots read. */
    void freeze(Election election, Electorate electorate);

    /**
     * SCHEDULED -> OPEN, the roster locked, counters opened and owner notices queued, in one
     * transaction that also checks that the roster is still at {@code rosterVersion}.
     * @return false when the roster changed or is being loaded (try again later); true when opened
     *         (also when someone else opened it first)
     */
    boolean open(Election election, Electorate electorate, long rosterVersion);

    /** OPEN -> CLOSING: counters refuse ballots from now on, the roster is unlocked. False if not OPEN. */
    boolean beginClosing(Election election, Instant closedAt);

    /** CLOSING -> CLOSED with the results. */
    void finishClosing(Election election, Results results);

    Optional<Results> results(String electionId);

    /** Owners of the frozen electorate, for the opening notice. */
    Set<String> frozenOwners(String electionId);

    record ElectionPage(List<Election> items, String nextCursor) {
    }
}
