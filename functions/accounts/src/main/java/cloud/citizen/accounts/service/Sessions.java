package cloud.citizen.accounts.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import cloud.citizen.accounts.domain.BadRefreshTokenException;
import cloud.citizen.accounts.domain.crypto.RefreshToken;
import cloud.citizen.accounts.domain.crypto.RefreshTokens;
import cloud.citizen.accounts.service.RefreshTokenStore.RefreshGrant;
import cloud.citizen.accounts.service.RefreshTokenStore.Rotation;

/**
 * Token sessions. A login starts a family of refresh tokens; each refresh rotates the token; a
 * replayed old token means it was stolen (or the app is broken), so the whole family is revoked,
 * as OAuth 2.0 Security BCP recommends for public clients. Every access token is built from the
 * account as stored now, so a refresh after a rename carries the new {@code name} claim.
 */
public class Sessions {
    static final Duration REFRESH_LIFETIME = Duration.ofDays(30);

    private final RefreshTokenStore store;
    private final AccountStore accounts;
    private final AccessTokenIssuer accessTokens;
    private final RefreshTokens refreshTokens;
    private final Clock clock;

    public Sessions(RefreshTokenStore store, AccountStore accounts, AccessTokenIssuer accessTokens,
            RefreshTokens refreshTokens, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    /** The session a new account starts with (registration is counted as such, not as a login). */
    public Tokens start(Account account) {
        RefreshToken refreshToken = refreshTokens.issue();
        store.save(newFamily(account, refreshToken));
        return tokens(account, refreshToken);
    }

    /** The session of a login: its refresh token and the login's usage event are stored together. */
    public Tokens startLogin(Account account) {
        RefreshToken refreshToken = refreshTokens.issue();
        store.saveAtLogin(newFamily(account, refreshToken), clock.instant());
        return tokens(account, refreshToken);
    }

    private RefreshGrant newFamily(Account account, RefreshToken refreshToken) {
        return new RefreshGrant(refreshToken.hash(), account.userId(), UUID.randomUUID().toString(),
                clock.instant().plus(REFRESH_LIFETIME));
    }

    public Tokens refresh(String refreshToken) {
        Instant now = clock.instant();
        if (!RefreshTokens.isWellFormed(refreshToken)) {
            throw new BadRefreshTokenException();
        }
        RefreshToken successor = refreshTokens.issue();
        Rotation rotation = store.rotate(RefreshTokens.hashOf(refreshToken),
                new RefreshGrant(successor.hash(), null, null, now.plus(REFRESH_LIFETIME)), now);
        if (rotation instanceof Rotation.Rotated rotated) {
            Account account = accounts.findById(rotated.userId()).orElseThrow(BadRefreshTokenException::new);
            return tokens(account, successor);
        }
        if (rotation instanceof Rotation.Reused reused) {
            store.revokeFamily(reused.familyId());
        }
        throw new BadRefreshTokenException();
    }

    /** Ends the login the token belongs to; unknown tokens are ignored so logout can always be retried. */
    public void logout(String refreshToken) {
        if (!RefreshTokens.isWellFormed(refreshToken)) {
            return;
        }
        store.find(RefreshTokens.hashOf(refreshToken)).ifPresent(grant -> store.revokeFamily(grant.familyId()));
    }

    private Tokens tokens(Account account, RefreshToken refreshToken) {
        AccessToken accessToken = accessTokens.issue(new AccessTokenSubject(account.userId(), account.roles(),
                account.communities().stream().sorted().toList(), account.realNameVerified(), account.displayName()));
        return new Tokens(accessToken.value(), refreshToken.value(), accessToken.expiresInSeconds());
    }
}
