package cloud.citizen.local.lambda;

/**
 * The CPU Lambda gives an execution environment for a MemorySize: CPU time in proportion to
 * memory, one vCPU-second per second at 1,769 MB (so 512 MB ≈ 0.29 vCPU, 256 MB ≈ 0.145), spread
 * over the vCPUs the sandbox shows — two up to 3,008 MB, three up to 5,307 MB (3 × 1,769), then one
 * more per 1,769 MB up to six (AWS: "Memory and computing power"; the visible counts as observed with /proc/cpuinfo
 * in functions of each size).
 */
public final class LambdaCpuShare {

    /** MemorySize that buys one vCPU-second per second. */
    static final int MB_PER_VCPU = 1769;
    /** The kernel's default CFS period; Lambda does not publish the period it enforces the share over. */
    public static final long PERIOD_MICROS = 100_000;
    /** The kernel refuses quotas under 1 ms. */
    static final long MIN_QUOTA_MICROS = 1_000;

    private LambdaCpuShare() {
    }

    /** vCPUs' worth of CPU time per second of wall time. */
    public static double vcpus(int memoryMb) {
        return (double) memoryMb / MB_PER_VCPU;
    }

    /** CPU time the instance may use per {@code periodMicros}, all its threads together. */
    public static long quotaMicros(int memoryMb, long periodMicros) {
        return Math.max(MIN_QUOTA_MICROS, Math.round(periodMicros * vcpus(memoryMb)));
    }

    /** How many processors the JVM in a sandbox of this size sees (not how much time it gets on them). */
    public static int visibleVcpus(int memoryMb) {
        if (memoryMb <= 3008) {
            return 2;
        }
        return Math.min(6, Math.max(3, (int) Math.ceil((double) memoryMb / MB_PER_VCPU)));
    }
}
