package cloud.citizen.accounts.domain.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RefreshTokensTest {

    private final RefreshTokens tokens = new RefreshTokens();

    @Test
    void issue_makes256RandomBitsAsBase64Url() {
        RefreshToken token = tokens.issue();

        assertThat(token.value()).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token.value())).hasSize(32);
    }

    @Test
    void issue_neverRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(tokens.issue().value())).isTrue();
        }
    }

    @Test
    void issue_storesTheSha256OfTheTokenNotTheToken() throws Exception {
        RefreshToken token = tokens.issue();
        byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(token.value().getBytes(StandardCharsets.US_ASCII));

        assertThat(token.hash())
                .isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(sha256))
                .isEqualTo(RefreshTokens.hashOf(token.value()))
                .isNotEqualTo(token.value());
    }

    @Test
    void toString_hidesTheTokenValue() {
        RefreshToken token = tokens.issue();

        assertThat(token.toString()).doesNotContain(token.value()).contains(token.hash());
    }

    @Test
    void isWellFormed_acceptsOnlyOurShape() {
        assertThat(RefreshTokens.isWellFormed(tokens.issue().value())).isTrue();
        assertThat(RefreshTokens.isWellFormed(null)).isFalse();
        assertThat(RefreshTokens.isWellFormed("")).isFalse();
        assertThat(RefreshTokens.isWellFormed("a".repeat(42))).isFalse();
        assertThat(RefreshTokens.isWellFormed("a".repeat(44))).isFalse();
        assertThat(RefreshTokens.isWellFormed("a".repeat(42) + "=")).isFalse();
        assertThat(RefreshTokens.isWellFormed("a".repeat(42) + "+")).isFalse();
    }
}
