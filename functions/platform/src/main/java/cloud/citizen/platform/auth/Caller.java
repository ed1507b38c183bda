package cloud.citizen.platform.auth;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as proven by a verified access token. Cross-capability facts that a function
 * needs without reading another function's table (real-name status, communities served, the
 * display name from the {@code name} claim) travel here.
 */
public record Caller(String userId, Set<Role> roles, Set<String> communities, boolean realNameVerified,
        Optional<String> displayName) {

    public Caller {
        roles = Set.copyOf(roles);
        communities = Set.copyOf(communities);
        displayName = displayName == null ? Optional.empty() : displayName.filter(name -> !name.isBlank());
    }

    public Caller(String userId, Set<Role> roles, Set<String> communities, boolean realNameVerified) {
        this(userId, roles, communities, realNameVerified, Optional.empty());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Staff act only for the communities they serve; admins for every community. */
    public boolean serves(String communityId) {
        return has(Role.ADMIN) || (has(Role.STAFF) && communities.contains(communityId));
    }
}
