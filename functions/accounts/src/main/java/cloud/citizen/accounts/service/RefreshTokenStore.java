package cloud.citizen.accounts.service;

import java.time.Instant;

/** Port: refresh tokens (by hash), rotated on use, grouped in families that can be revoked at once. */
public interface RefreshTokenStore {

    void save(RefreshGrant grant);

    /** Saves the first token of a login's family together with the login's usage event (stats). */
    void saveAtLogin(RefreshGrant grant, Instant loggedInAt);

    /**
     * Marks the presented token used and stores its successor, atomically: of two concurrent
     * refreshes with one token only one can succeed.
     */
    Rotation rotate(String presentedHash, RefreshGrant successor, Instant now);

    void revokeFamily(String familyId);

    /** Looks a token up whatever its state, to find the family of a token being logged out. */
    java.util.Optional<RefreshGrant> find(String tokenHash);

    record RefreshGrant(String tokenHash, String userId, String familyId, Instant expiresAt) {
    }

    sealed interface Rotation {
        record Rotated(String userId) implements Rotation {
        }

        /** The token was already used: someone replayed it, so the whole family is compromised. */
        record Reused(String familyId) implements Rotation {
        }

        record Invalid() implements Rotation {
        }
    }
}
