package cloud.citizen.accounts.service;

import java.time.Duration;
import java.time.Instant;

/** A signed access token; {@link #toString()} hides the bearer value so it cannot be logged. */
public record AccessToken(String value, Instant issuedAt, Instant expiresAt) {

    /** For the {@code expiresIn} field of the tokens response. */
    public long expiresInSeconds() {
        return Duration.between(issuedAt, expiresAt).getSeconds();
    }

    @Override
    public String toString() {
        return "AccessToken[issuedAt=" + issuedAt + ", expiresAt=" + expiresAt + "]";
    }
}
