package cloud.citizen.accounts.store.crypto;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stored Argon2id hash in PHC string format:
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (salt and hash in unpadded base64).
 * Parsing is strict and bounded so a corrupt stored value is reported as unreadable rather than
 * driving the hasher to absurd costs.
 */
record Argon2idHash(Argon2idParameters parameters, byte[] salt, byte[] hash) {

    static final int VERSION = 19;

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,88})\\$([A-Za-z0-9+/]{22,88})");
    private static final int MIN_SALT_BYTES = 8;
    private static final int MIN_HASH_BYTES = 16;

    /** The PHC string of this hash, as {@link #parse} reads it. */
    String phc() {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=" + VERSION + "$m=" + parameters.memoryKiB() + ",t=" + parameters.iterations()
                + ",p=" + parameters.parallelism() + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    static Optional<Argon2idHash> parse(String phc) {
        if (phc == null) {
            return Optional.empty();
        }
        Matcher m = PHC.matcher(phc);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Argon2idParameters parameters = new Argon2idParameters(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            byte[] salt = Base64.getDecoder().decode(m.group(4));
            byte[] hash = Base64.getDecoder().decode(m.group(5));
            if (salt.length < MIN_SALT_BYTES || hash.length < MIN_HASH_BYTES) {
                return Optional.empty();
            }
            return Optional.of(new Argon2idHash(parameters, salt, hash));
        } catch (IllegalArgumentException outOfBounds) {
            return Optional.empty();
        }
    }
}
