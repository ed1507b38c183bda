package cloud.citizen.accounts.api;

import cloud.citizen.accounts.service.Tokens;

/** API.md "tokens": {accessToken, refreshToken, tokenType: "Bearer", expiresIn}. */
public record TokensResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {

    static TokensResponse of(Tokens tokens) {
        return new TokensResponse(tokens.accessToken(), tokens.refreshToken(), "Bearer", tokens.expiresInSeconds());
    }
}
