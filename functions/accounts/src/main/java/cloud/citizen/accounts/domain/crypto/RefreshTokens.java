package cloud.citizen.accounts.domain.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Opaque refresh tokens: 256 random bits, base64url without padding (43 characters). Only the
 * SHA-256 of a token is stored, so a leaked table cannot be replayed. An unkeyed hash is enough
 * here, unlike for SMS codes: nobody can enumerate 2^256 candidates.
 */
public final class RefreshTokens {

    public static final int TOKEN_BYTES = 32;
    private static final int ENCODED_LENGTH = 43;

    private final SecureRandom random;

    public RefreshTokens() {
        this(new SecureRandom());
    }

    public RefreshTokens(SecureRandom random) {
        this.random = random;
    }

    public RefreshToken issue() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new RefreshToken(value, hashOf(value));
    }

    /** The stored form of a token (base64url SHA-256, 43 characters); the store looks tokens up by it. */
    public static String hashOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException everyJdkHasSha256) {
            throw new IllegalStateException("SHA-256 unavailable", everyJdkHasSha256);
        }
    }

    /** Whether a presented string could be one of ours; lets the caller refuse junk without a lookup. */
    public static boolean isWellFormed(String token) {
        if (token == null || token.length() != ENCODED_LENGTH) {
            return false;
        }
        return token.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9') || c == '-' || c == '_');
    }
}
