package cloud.citizen.votes.service;

import java.util.Optional;

import cloud.citizen.votes.domain.DirectoryUser;
import cloud.citizen.votes.domain.UserEvent;

/** Votes' own record of users, fed by accounts' events (never by reading accounts' table). */
public interface UserDirectory {

    Optional<DirectoryUser> user(String userId);

    /** Applies an event once: a redelivered eventId changes nothing. */
    void apply(UserEvent event);
}
