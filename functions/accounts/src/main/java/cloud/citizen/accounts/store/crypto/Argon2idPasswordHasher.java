package cloud.citizen.accounts.store.crypto;

import cloud.citizen.accounts.domain.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * {@link PasswordHasher} with Argon2id (memory-hard, DESIGN principle 7) through Bouncy Castle's
 * {@code Argon2BytesGenerator}.
 *
 * <p>Why Bouncy Castle and not password4j (used until session 4; both compute the same RFC 9106 hash,
 * so every stored hash still verifies): password4j allocates about five times a hash's memory per
 * hash (a copy of a zeroed template it keeps for the life of the JVM, plus two 1 KiB temporaries per
 * block computed); Bouncy Castle allocates the blocks once per hash and nothing per block, and under
 * the runtime's C1-only JIT it computed the same 19 MiB hash in 0.6 of the time
 * (docs/performance/password-logins.md). What keeps a warm instance's memory small is the young generation
 * the template sizes for those blocks ({@link Argon2idParameters}).
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
        this(Argon2idParameters.OWASP_7MIB);
    }

    public Argon2idPasswordHasher(Argon2idParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new Argon2idHash(parameters, salt, argon2id(parameters, password, salt, HASH_BYTES)).phc();
    }

    @Override
    public boolean verify(String password, String storedHash) {
        Optional<Argon2idHash> stored = Argon2idHash.parse(storedHash);
        if (stored.isEmpty()) {
            return false;
        }
        Argon2idHash expected = stored.get();
        byte[] actual = argon2id(expected.parameters(), password, expected.salt(), expected.hash().length);
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
        byte[] actual = argon2id(parameters, password, salt, HASH_BYTES);
        MessageDigest.isEqual(actual, unknown);
    }

    private static byte[] argon2id(Argon2idParameters p, String password, byte[] salt, int hashBytes) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator(); // holds the block memory: one per hash
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(p.memoryKiB())
                .withIterations(p.iterations())
                .withParallelism(p.parallelism())
                .withSalt(salt)
                .build());
        byte[] passwordBytes = bytesOf(password);
        byte[] hash = new byte[hashBytes];
        generator.generateBytes(passwordBytes, hash); // clears its block memory before returning
        Arrays.fill(passwordBytes, (byte) 0);
        return hash;
    }

    private static byte[] bytesOf(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC).getBytes(StandardCharsets.UTF_8);
    }
}
