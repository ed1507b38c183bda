package cloud.citizen.local.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * The benchmark's answer, one row per function; cold starts also as a ratio to the bare
 * lambda-http reference of the same run (the number that survives a loaded machine).
 */
final class ResultTable {

    private final List<BenchResult> results;
    private final boolean aot;

    ResultTable(List<BenchResult> results, boolean aot) {
        this.results = results;
        this.aot = aot;
    }

    void print(PrintStream out) {
        out.printf("%n%-30s %7s %9s %9s %6s %9s", "function", "memory", "cold p50", "cold min", "×hello", "1st call");
        if (aot) {
            out.printf(" %9s %9s %6s %6s", "aot p50", "aot min", "×hello", "cache");
        }
        out.printf(" %9s %9s %9s %6s %9s %9s %8s%n", "warm p50", "warm p99", "w-up p99", "RSS", "gw p50", "gw p99",
                "gw adds");
        for (BenchResult result : results) {
            Optional<BenchResult> hello = helloAt(result.memoryMb());
            out.printf("%-30s %4d MB %6d ms %6d ms %6s", result.function(), result.memoryMb(),
                    result.cold().median(), result.cold().min(), ratio(result.cold(), hello.map(BenchResult::cold)));
            out.printf(" %6d ms", BenchResult.median(result.firstCallMillis()));
            if (aot) {
                out.printf(" %6d ms %6d ms %6s %3d MB", result.aotCold().median(), result.aotCold().min(),
                        ratio(result.aotCold(), hello.map(BenchResult::aotCold)), result.aotCacheMb());
            }
            SteadyRate.Latencies warm = result.warm().steady();
            out.printf(" %6.2f ms %6.2f ms %6.2f ms %3d MB", warm.percentile(50), warm.percentile(99),
                    result.warm().warmUp().percentile(99), result.rssMb());
            out.print(result.gateway().map(SteadyRate.Phases::steady).map(gateway -> String.format(
                    " %6.2f ms %6.2f ms %5.2f ms", gateway.percentile(50), gateway.percentile(99),
                    gateway.percentile(50) - warm.percentile(50))).orElse(String.format(" %9s %9s %8s", "-", "-", "-")));
            out.println(result.failures() > 0 ? "  (" + result.failures() + " failed calls)" : "");
        }
        out.println("""

                cold: spawn -> first response of a fresh instance (median and minimum); ×hello: median over
                pairs of cold / the hello start taken right after it (same options, same cache kind, same
                MemorySize where measured); 1st call: the part after init, the runtime's first /next -> response
                (what follows a SnapStart restore); aot: the same cold start from the JDK AOT cache the function
                trained on 10 real probes; warm: invoke -> response through the Runtime API at a steady rate,
                after a warm-up at that rate (C1 compiles the request path); w-up p99: the warm-up's own p99 (the
                first seconds of a new instance, not hidden); RSS of that warm instance; gw: the same probe
                through the local gateway (JWT check, route, payload 2.0 event), "gw adds" = gw p50 - warm p50.""");
    }

    /** The reference at the same MemorySize (the same CPU share with {@code --cpu-share lambda}). */
    private Optional<BenchResult> helloAt(int memoryMb) {
        return results.stream().filter(result -> result.function().equals("HelloFunction")
                && result.memoryMb() == memoryMb).findFirst();
    }

    /** Paired with hello starts where the run took them; else the ratio of the two medians. */
    private static String ratio(ColdStarts cold, Optional<ColdStarts> reference) {
        if (cold.paired()) {
            return String.format("%.2f", cold.medianPairedRatio().getAsDouble());
        }
        return reference.filter(values -> values.median() > 0 && !cold.millis().isEmpty())
                .map(values -> String.format("%.2f", (double) cold.median() / values.median())).orElse("-");
    }
}
