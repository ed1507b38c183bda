package cloud.citizen.accounts.service;

/** A fresh access token and its refresh token. */
public record Tokens(String accessToken, String refreshToken, long expiresInSeconds) {
}
