package cloud.citizen.accounts.domain;

/**
 * The refresh token is unknown, expired or revoked, or is an already rotated token presented again
 * (which also revokes its whole family).
 */
public final class BadRefreshTokenException extends AccountRefusal {

    public BadRefreshTokenException() {
        super("BAD_REFRESH_TOKEN", 401, "Bad refresh token", "The refresh token is unknown, expired or revoked. Log in again.");
    }
}
