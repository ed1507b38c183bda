package cloud.citizen.local.lambda;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The local Lambda service: one {@link FunctionPool} per function, the Runtime API endpoints of
 * their instances, and the sweeper that stops idle instances.
 */
public final class LocalLambda implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalLambda.class.getName());

    /** How the platform runs functions; the defaults suit a laptop. */
    public record Settings(int maxConcurrency, Duration idleTimeout, Duration initTimeout, List<String> extraJvmOptions,
            boolean echoFunctionLogs, boolean aotCache, boolean lambdaCpuShare) {

        public Settings(int maxConcurrency, Duration idleTimeout, Duration initTimeout, List<String> extraJvmOptions,
                boolean echoFunctionLogs, boolean aotCache) {
            this(maxConcurrency, idleTimeout, initTimeout, extraJvmOptions, echoFunctionLogs, aotCache, false);
        }

        public Settings(int maxConcurrency, Duration idleTimeout, Duration initTimeout, List<String> extraJvmOptions,
                boolean echoFunctionLogs) {
            this(maxConcurrency, idleTimeout, initTimeout, extraJvmOptions, echoFunctionLogs, false);
        }

        public static Settings defaults() {
            return new Settings(4, Duration.ofMinutes(5), Duration.ofSeconds(30), List.of(), false);
        }

        public Settings withExtraJvmOptions(List<String> options) {
            return new Settings(maxConcurrency, idleTimeout, initTimeout, options, echoFunctionLogs, aotCache, lambdaCpuShare);
        }

        public Settings withIdleTimeout(Duration timeout) {
            return new Settings(maxConcurrency, timeout, initTimeout, extraJvmOptions, echoFunctionLogs, aotCache,
                    lambdaCpuShare);
        }

        /** {@code --aot}: each function trains a JDK AOT cache on its first instance and starts from it after. */
        public Settings withAotCache(boolean enabled) {
            return new Settings(maxConcurrency, idleTimeout, initTimeout, extraJvmOptions, echoFunctionLogs, enabled,
                    lambdaCpuShare);
        }

        /** {@code --cpu-share lambda}: each instance gets the CPU time Lambda gives its MemorySize ({@link LambdaCpuShare}). */
        public Settings withLambdaCpuShare(boolean enabled) {
            return new Settings(maxConcurrency, idleTimeout, initTimeout, extraJvmOptions, echoFunctionLogs, aotCache,
                    enabled);
        }
    }

    private final Map<String, FunctionPool> pools = new LinkedHashMap<>();
    private final ExecutorService runtimeApiThreads;
    private final ScheduledExecutorService sweeper;
    private final ChildProcesses processes = new ChildProcesses();
    private final FunctionLogs logs;
    private final Optional<CpuQuotaGroups> cpuShare;

    public LocalLambda(List<FunctionDefinition> functions, Settings settings, Path logDirectory) {
        // long-polling /next holds a thread per waiting instance: a cached pool grows with them
        this.runtimeApiThreads = Executors.newCachedThreadPool(daemon("runtime-api"));
        this.logs = new FunctionLogs(logDirectory, settings.echoFunctionLogs());
        this.cpuShare = settings.lambdaCpuShare() ? CpuQuotaGroups.forLambdaShares(LOG::warning) : Optional.empty();
        InstanceLauncher launcher = new InstanceLauncher(processes, settings.extraJvmOptions(), cpuShare);
        for (FunctionDefinition function : functions) {
            pools.put(function.name(), new FunctionPool(function, launcher, runtimeApiThreads, logs,
                    settings.maxConcurrency(), settings.initTimeout(), settings.aotCache()
                            ? AotCache.of(function, settings.extraJvmOptions()) : Optional.empty()));
        }
        this.sweeper = Executors.newSingleThreadScheduledExecutor(daemon("idle-instances"));
        sweeper.scheduleWithFixedDelay(() -> pools.values().forEach(pool -> pool.stopIdle(settings.idleTimeout())),
                1, 1, TimeUnit.SECONDS);
    }

    public boolean has(String function) {
        return pools.containsKey(function);
    }

    public FunctionPool pool(String function) {
        FunctionPool pool = pools.get(function);
        if (pool == null) {
            throw new NoSuchElementException("no function " + function + "; functions: " + pools.keySet());
        }
        return pool;
    }

    /** Invokes synchronously, waiting at most the function's Timeout for a free instance. */
    public InvocationResult invoke(String function, byte[] payload) {
        FunctionPool pool = pool(function);
        return pool.invoke(payload, pool.function().timeout());
    }

    public List<FunctionStats> stats() {
        return pools.values().stream().map(FunctionPool::stats).toList();
    }

    public FunctionLogs logs() {
        return logs;
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        pools.values().forEach(FunctionPool::close);
        processes.stopAll(Duration.ofSeconds(2));
        cpuShare.ifPresent(CpuQuotaGroups::close);
        runtimeApiThreads.shutdownNow();
        logs.close();
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
