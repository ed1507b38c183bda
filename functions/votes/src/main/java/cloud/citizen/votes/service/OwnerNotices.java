package cloud.citizen.votes.service;

import java.util.List;
import java.util.Set;

import cloud.citizen.votes.domain.Election;

/** Tells owners that an election opened; pending notices are recorded in the opening transaction. */
public interface OwnerNotices {

    List<String> pending();

    /** Sends one user-message per owner (ids derived from election and user, so a resend is deduplicated). */
    void send(Election election, Set<String> owners);

    void done(String electionId);
}
