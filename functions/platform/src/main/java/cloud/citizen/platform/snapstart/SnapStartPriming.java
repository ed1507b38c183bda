package cloud.citizen.platform.snapstart;

import java.util.LinkedHashMap;
import java.util.Map;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.jboss.logging.Logger;

/**
 * Primes an instance before Lambda SnapStart snapshots it, so that restored instances start with
 * the request path's classes loaded, initialised and JIT-warmed instead of paying for them on the
 * first request. The managed runtime calls {@link #beforeCheckpoint} once, after init, when a
 * version is published; on a JVM without CRaC (tests, the local platform) it is never called.
 * <p>
 * What a primer may do: read (a GetItem of a key that does not exist, an unknown HTTP route),
 * never write. What must not be frozen into the snapshot, and why nothing here is: random state —
 * every random value comes from {@code SecureRandom}, which Lambda's Java runtime reseeds on
 * restore, and {@code UUID.randomUUID()} draws from it; secrets and keys are per function, not per
 * instance; pooled connections — the URL-connection client reopens a connection that died with the
 * snapshot, and the SDK retries the call.
 */
public final class SnapStartPriming implements Resource {
    private static final Logger LOG = Logger.getLogger(SnapStartPriming.class);
    /** A static strong reference: CRaC contexts may hold resources weakly. */
    private static final SnapStartPriming INSTANCE = new SnapStartPriming();

    static {
        Core.getGlobalContext().register(INSTANCE);
    }

    private final Map<String, Runnable> primers = new LinkedHashMap<>();

    private SnapStartPriming() {
    }

    /** Adds a primer under a name (a later one with the same name replaces it). */
    public static void add(String name, Runnable primer) {
        synchronized (INSTANCE.primers) {
            INSTANCE.primers.put(name, primer);
        }
    }

    /** Runs every primer now; a failing primer is logged and skipped, it must never block a snapshot. */
    public static Map<String, Boolean> primeNow() {
        Map<String, Runnable> toRun;
        synchronized (INSTANCE.primers) {
            toRun = new LinkedHashMap<>(INSTANCE.primers);
        }
        Map<String, Boolean> outcome = new LinkedHashMap<>();
        toRun.forEach((name, primer) -> {
            long started = System.nanoTime();
            try {
                primer.run();
                outcome.put(name, true);
                LOG.infof("primed %s in %d ms", name, (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                outcome.put(name, false);
                LOG.warnf("primer %s failed (snapshot taken anyway): %s", name, e.getClass().getSimpleName());
            }
        });
        return outcome;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        primeNow();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to refresh: see the class comment for what was checked
    }
}
