package cloud.citizen.accounts.store.crypto;

import cloud.citizen.accounts.domain.PasswordHasher;
import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Optional;

/**
 * {@link PasswordHasher} with Argon2id (memory-hard, DESIGN principle 7) through password4j.
 *
 * <p>Passwords are NFKC-normalised before hashing (NIST SP 800-63B 5.1.1.2): the same password
 * typed on two phones may arrive as different code point sequences, e.g. full-width letters from a
 * Chinese keyboard. This is part of the stored format; changing it would break every stored hash.
 *
 * <p>Verification recomputes the hash with the parameters and salt read from the stored value and
 * compares in constant time, so old hashes keep working after the parameters are raised.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    private final Argon2idParameters parameters;
    private final SecureRandom random = new SecureRandom();

    public Argon2idPasswordHasher() {
        this(Argon2idParameters.OWASP_MINIMUM);
    }

    public Argon2idPasswordHasher(Argon2idParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return argon2(parameters, HASH_BYTES).hash(bytesOf(password), salt).getResult();
    }

    @Override
    public boolean verify(String password, String storedHash) {
        Optional<Argon2idHash> stored = Argon2idHash.parse(storedHash);
        if (stored.isEmpty()) {
            return false;
        }
        Argon2idHash expected = stored.get();
        byte[] actual = argon2(expected.parameters(), expected.hash().length)
                .hash(bytesOf(password), expected.salt())
                .getBytes();
        // Computed value first: MessageDigest.isEqual's time depends only on its first argument's length.
        return MessageDigest.isEqual(actual, expected.hash());
    }

    @Override
    public boolean needsRehash(String storedHash) {
        return Argon2idHash.parse(storedHash)
                .map(stored -> !stored.parameters().equals(parameters)
                        || stored.hash().length != HASH_BYTES
                        || stored.salt().length != SALT_BYTES)
                .orElse(true);
    }

    @Override
    public void dummyVerify(String password) {
        // Same work as verify against a hash made with the current parameters: one Argon2id run and
        // one comparison. Nothing precomputed, so it costs nothing at cold start.
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] unknown = new byte[HASH_BYTES];
        random.nextBytes(unknown);
        byte[] actual = argon2(parameters, HASH_BYTES).hash(bytesOf(password), salt).getBytes();
        MessageDigest.isEqual(actual, unknown);
    }

    private static Argon2Function argon2(Argon2idParameters p, int hashBytes) {
        // password4j keeps one instance per parameter set, so this is a map lookup after the first call.
        return Argon2Function.getInstance(p.memoryKiB(), p.iterations(), p.parallelism(), hashBytes,
                Argon2.ID, Argon2Function.ARGON2_VERSION_13);
    }

    private static byte[] bytesOf(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC).getBytes(StandardCharsets.UTF_8);
    }
}
