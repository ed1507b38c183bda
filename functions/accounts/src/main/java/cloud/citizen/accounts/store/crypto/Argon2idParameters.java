package cloud.citizen.accounts.store.crypto;

/**
 * Cost parameters of Argon2id.
 *
 * <p>{@link #OWASP_7MIB} (7 MiB, 5 passes, 1 lane) is one of the five settings OWASP's Password
 * Storage Cheat Sheet lists as an equal level of defence (46 MiB/t=1, 19 MiB/t=2, 12 MiB/t=3,
 * 9 MiB/t=4, 7 MiB/t=5: "the only difference is a trade off between CPU and RAM usage"). It is the
 * one with the least memory, chosen because a login's Argon2 blocks live in the young generation of
 * a small Serial-GC heap: at 7 MiB they fit in a survivor space of the young generation the
 * template gives AccountsFunction, so a warm instance stays near 150 MB RSS, where 19 MiB/t=2 (used until
 * session 4) needed a young generation three times as large
 * (docs/performance/password-logins.md). Hashes made with other parameters still verify, and are replaced at
 * the next password login ({@code Login}). One lane because a Lambda of this size has under one
 * vCPU's worth of time; more lanes would only add threads.
 */
public record Argon2idParameters(int memoryKiB, int iterations, int parallelism) {

    public static final Argon2idParameters OWASP_7MIB = new Argon2idParameters(7 * 1024, 5, 1);

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
