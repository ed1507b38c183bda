package cloud.citizen.accounts.service;

import java.time.Instant;
import java.util.Set;

import cloud.citizen.platform.auth.Role;

/** A citizen's account as stored. The ID number itself is never held here, only its masked form. */
public record Account(String userId, String phone, String displayName, String passwordHash,
        boolean realNameVerified, String idNumberMasked, Set<Role> roles, Set<String> communities, Instant createdAt) {

    public Account {
        roles = Set.copyOf(roles);
        communities = Set.copyOf(communities);
    }
}
