package cloud.citizen.accounts.domain;

import cloud.citizen.apidocs.ErrorDoc;
import cloud.citizen.platform.problem.Refusal;

/**
 * The refresh token is unknown, expired or revoked, or is an already rotated token presented again
 * (which also revokes its whole family).
 */
@ErrorDoc(status = 401, code = "BAD_REFRESH_TOKEN", meaning = "The refresh token is unknown, expired or revoked", hint = "Drop the stored tokens and ask the user to log in again.")
public final class BadRefreshTokenException extends Refusal {

    public BadRefreshTokenException() {
        super(401, "BAD_REFRESH_TOKEN", "Bad refresh token", "The refresh token is unknown, expired or revoked. Log in again.");
    }
}
