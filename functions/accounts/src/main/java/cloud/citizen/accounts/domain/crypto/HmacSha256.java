package cloud.citizen.accounts.domain.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 under one key; a new {@link Mac} per call because Mac is not thread-safe. */
final class HmacSha256 {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    HmacSha256(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    byte[] of(byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException everyJdkHasHmacSha256) {
            throw new IllegalStateException("HmacSHA256 unavailable", everyJdkHasHmacSha256);
        }
    }
}
