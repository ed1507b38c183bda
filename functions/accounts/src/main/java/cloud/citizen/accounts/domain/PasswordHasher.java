package cloud.citizen.accounts.domain;

/**
 * Turns passwords into stored hashes and checks them; the port the login and registration code
 * depends on. The stored form is self-describing (algorithm, parameters and salt inside it) so
 * parameters can be raised later without a migration: verify, then rehash if {@link #needsRehash}.
 */
public interface PasswordHasher {

    /** A new stored hash with a fresh random salt. */
    String hash(String password);

    /**
     * Whether {@code password} matches {@code storedHash}. False, not an exception, for a stored
     * hash that cannot be read: a login must fail closed.
     */
    boolean verify(String password, String storedHash);

    /** Whether {@code storedHash} was made with other parameters than {@link #hash} uses now. */
    boolean needsRehash(String storedHash);

    /**
     * Does the work of one {@link #verify} and throws the result away. Called when the phone
     * number has no account, so a login for an unknown phone takes as long as one with a wrong
     * password and response time does not reveal who is registered.
     */
    void dummyVerify(String password);
}
