package cloud.citizen.accounts.crypto;

import java.util.Base64;

/** Fixed, obviously fake 256-bit keys for tests. */
final class TestKeys {

    static final String KEY_A = key(1);
    static final String KEY_B = key(2);
    static final String KEY_C = key(3);

    private TestKeys() {
    }

    private static String key(int fill) {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (fill * 31 + i);
        }
        return Base64.getEncoder().encodeToString(bytes);
    }
}
