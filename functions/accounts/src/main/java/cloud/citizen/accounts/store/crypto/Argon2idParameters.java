package cloud.citizen.accounts.store.crypto;

/**
 * Cost parameters of Argon2id.
 *
 * <p>{@link #OWASP_MINIMUM} (19 MiB, 2 passes, 1 lane) is OWASP's minimum recommendation and fits a
 * 512 MB Lambda: one hash needs the memory twice with password4j (a zeroed template it keeps, plus
 * the working copy), about 40 MB. One lane because a Lambda of that size has one vCPU's worth of
 * time; more lanes would only add threads.
 */
public record Argon2idParameters(int memoryKiB, int iterations, int parallelism) {

    public static final Argon2idParameters OWASP_MINIMUM = new Argon2idParameters(19 * 1024, 2, 1);

    /**
     * Upper bounds for parameters read back from a stored hash. Nothing this service writes comes
     * near them; a stored value beyond them is corrupt or planted, and honouring it could exhaust
     * the function's memory or time.
     */
    static final int MAX_MEMORY_KIB = 256 * 1024;
    static final int MAX_ITERATIONS = 16;
    static final int MAX_PARALLELISM = 4;

    public Argon2idParameters {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("parallelism must be 1.." + MAX_PARALLELISM);
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be 1.." + MAX_ITERATIONS);
        }
        // Argon2 needs at least 8 KiB per lane.
        if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("memoryKiB must be " + 8 * parallelism + ".." + MAX_MEMORY_KIB);
        }
    }
}
