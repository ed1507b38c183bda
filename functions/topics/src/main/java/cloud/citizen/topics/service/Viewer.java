package cloud.citizen.topics.service;

import java.util.Optional;

import cloud.citizen.platform.auth.Caller;
import cloud.citizen.platform.auth.Role;

/**
 * Who is looking at a topic's posts, and whether they moderate it: admins everywhere, staff on
 * city-wide topics and on the topics of the communities they serve.
 */
public record Viewer(String userId, boolean moderator) {

    public static Viewer of(Caller caller, Optional<String> communityId) {
        return new Viewer(caller.userId(), moderates(caller, communityId));
    }

    public static boolean moderates(Caller caller, Optional<String> communityId) {
        if (caller.has(Role.ADMIN)) {
            return true;
        }
        return caller.has(Role.STAFF) && communityId.map(caller::serves).orElse(true);
    }
}
