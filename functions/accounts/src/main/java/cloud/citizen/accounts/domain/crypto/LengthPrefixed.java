package cloud.citizen.accounts.domain.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Joins several strings into one MAC or AAD input unambiguously: each part is preceded by its
 * byte length, so ("ab", "c") and ("a", "bc") can never produce the same bytes.
 */
final class LengthPrefixed {

    private LengthPrefixed() {
    }

    static byte[] encode(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }
}
