package cloud.citizen.accounts.service;

import cloud.citizen.platform.auth.Role;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who an access token speaks for. Other functions authorise from these claims alone (they never
 * read the accounts table), so everything they need travels here.
 *
 * @param communityIds the communities a staff member serves; empty for everyone else
 * @param displayName  the {@code name} claim (platform {@code Caller.displayName()}), e.g. an author's name on a post
 */
public record AccessTokenSubject(String userId, Set<Role> roles, List<String> communityIds, boolean realNameVerified,
        String displayName) {

    public AccessTokenSubject {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("userId is required");
        }
        roles = Set.copyOf(roles);
        communityIds = List.copyOf(communityIds);
        // Every account is a citizen (API.md "Auth"); a token without it is a caller's bug.
        if (!roles.contains(Role.CITIZEN)) {
            throw new IllegalArgumentException("every access token carries the citizen role");
        }
        communityIds.forEach(id -> Objects.requireNonNull(id, "community id"));
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("displayName is required");
        }
    }
}
