package cloud.citizen.accounts.domain.crypto;

import java.util.Base64;

/** Reads the 256-bit secret keys that come from configuration as base64 text. */
final class KeyMaterial {

    static final int KEY_BYTES = 32;

    private KeyMaterial() {
    }

    /**
     * @param purpose names the key in the error, never its value: configuration errors are logged
     */
    static byte[] decode256BitKey(String base64, String purpose) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException(purpose + " key is missing");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException(purpose + " key is not valid base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException(
                    purpose + " key must be " + KEY_BYTES + " bytes, got " + key.length);
        }
        return key;
    }
}
