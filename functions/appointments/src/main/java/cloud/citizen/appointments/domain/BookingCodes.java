package cloud.citizen.appointments.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Check-in codes: {@value #LENGTH} characters of Crockford base32 (no I, L, O, U to misread) from
 * SecureRandom, 40 bits, so nobody can guess someone else's. Typed codes are forgiving about case,
 * spaces and dashes, and compared in constant time.
 */
public final class BookingCodes {
    static final int LENGTH = 8;
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final SecureRandom random;

    public BookingCodes(SecureRandom random) {
        this.random = random;
    }

    public String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    public static boolean matches(String expected, String typed) {
        if (expected == null || typed == null) {
            return false;
        }
        String normalised = typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), normalised.getBytes(StandardCharsets.UTF_8));
    }
}
