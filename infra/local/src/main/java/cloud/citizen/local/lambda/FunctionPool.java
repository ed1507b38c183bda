package cloud.citizen.local.lambda;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import cloud.citizen.local.lambda.InvocationResult.PlatformFailure;
import cloud.citizen.local.lambda.InvocationResult.Reason;

/**
 * The instances of one function, scaled like Lambda: an event goes to an idle warm instance if
 * there is one (the most recently used, so that the others can go idle and stop), else a new
 * instance starts (a cold start) unless the function is at its concurrency limit, in which case
 * the event waits for one to free up.
 */
public final class FunctionPool {
    /** An instance training the AOT cache ends its recording (and writes the cache) after this many events... */
    public static final int AOT_TRAINING_EVENTS = 10;
    /** ... or after this long idle (a function used once in a while locally still gets its cache). */
    static final Duration AOT_TRAINING_IDLE = Duration.ofSeconds(10);

    private final FunctionDefinition function;
    private final InstanceLauncher launcher;
    private final Executor runtimeApiExecutor;
    private final FunctionLogs logs;
    private final int maxConcurrency;
    private final Duration initTimeout;
    private final Optional<AotCache> aotCache;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();
    private final Deque<FunctionInstance> idle = new ArrayDeque<>();
    private final Set<FunctionInstance> live = new LinkedHashSet<>();
    private boolean closed;

    private final AtomicLong coldStarts = new AtomicLong();
    private final AtomicLong invocations = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong timeouts = new AtomicLong();
    private final AtomicLong throttles = new AtomicLong();
    private volatile Duration lastInitDuration = Duration.ZERO;

    public FunctionPool(FunctionDefinition function, InstanceLauncher launcher, Executor runtimeApiExecutor,
            FunctionLogs logs, int maxConcurrency, Duration initTimeout) {
        this(function, launcher, runtimeApiExecutor, logs, maxConcurrency, initTimeout, Optional.empty());
    }

    /** @param aotCache the function's JDK AOT cache: trained by the first instance, used by later ones */
    public FunctionPool(FunctionDefinition function, InstanceLauncher launcher, Executor runtimeApiExecutor,
            FunctionLogs logs, int maxConcurrency, Duration initTimeout, Optional<AotCache> aotCache) {
        this.aotCache = aotCache;
        this.function = function;
        this.launcher = launcher;
        this.runtimeApiExecutor = runtimeApiExecutor;
        this.logs = logs;
        this.maxConcurrency = Math.max(1, maxConcurrency);
        this.initTimeout = initTimeout;
    }

    public FunctionDefinition function() {
        return function;
    }

    /**
     * Invokes synchronously. {@code maxWait} bounds the time spent waiting for a free instance
     * when the function is at its concurrency limit (then: THROTTLED).
     */
    public InvocationResult invoke(byte[] payload, Duration maxWait) {
        FunctionInstance instance;
        try {
            instance = lease(maxWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PlatformFailure(Reason.THROTTLED, "interrupted while waiting for an instance");
        }
        if (instance == null) {
            throttles.incrementAndGet();
            return new PlatformFailure(Reason.THROTTLED, "Rate Exceeded: " + function.name() + " is at its "
                    + maxConcurrency + " concurrent instances");
        }
        invocations.incrementAndGet();
        boolean cold = !instance.isReady();
        InvocationResult result = instance.invoke(new Invocation(payload, function.timeout()), initTimeout);
        if (cold && instance.isReady()) {
            lastInitDuration = instance.initDuration();
        }
        if (result instanceof PlatformFailure failure && failure.reason() == Reason.TIMED_OUT) {
            timeouts.incrementAndGet();
        } else if (!result.succeeded()) {
            errors.incrementAndGet();
        }
        release(instance);
        return result;
    }

    private FunctionInstance lease(Duration maxWait) throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        lock.lock();
        try {
            while (!closed) {
                FunctionInstance warm = idle.pollFirst();
                if (warm != null) {
                    if (warm.isAlive()) {
                        return warm;
                    }
                    continue;
                }
                if (live.size() < maxConcurrency) {
                    List<String> aotOptions = aotCache.map(AotCache::optionsForNextInstance).orElse(List.of());
                    FunctionInstance started = FunctionInstance.start(function, launcher, aotOptions,
                            runtimeApiExecutor, logs, this::forget);
                    live.add(started);
                    coldStarts.incrementAndGet();
                    return started;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                released.awaitNanos(left);
            }
            return null;
        } finally {
            lock.unlock();
        }
    }

    private void release(FunctionInstance instance) {
        lock.lock();
        try {
            if (instance.invocationsServed() >= AOT_TRAINING_EVENTS) {
                endAotRecording(instance);
            }
            if (instance.isAlive() && !closed) {
                idle.addFirst(instance);
            }
            released.signal();
        } finally {
            lock.unlock();
        }
    }

    private void forget(FunctionInstance instance) {
        lock.lock();
        try {
            live.remove(instance);
            idle.remove(instance);
            if (instance.claimAotRecordingEnd()) { // exited while training: maybe the JVM wrote it at exit
                aotCache.ifPresent(cache -> cache.trainingEnded(instance.exitValue()));
            }
            released.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Stops instances that have been idle for longer than {@code idleTimeout}. */
    public void stopIdle(Duration idleTimeout) {
        long now = System.nanoTime();
        lock.lock();
        try {
            idle.forEach(instance -> {
                if (now - instance.idleSinceNanos() > AOT_TRAINING_IDLE.toNanos()) {
                    endAotRecording(instance);
                }
            });
            idle.removeIf(instance -> {
                boolean expired = now - instance.idleSinceNanos() > idleTimeout.toNanos();
                if (expired) {
                    instance.stop(false);
                }
                return expired;
            });
        } finally {
            lock.unlock();
        }
    }

    /** Stops every instance now, and waits up to a second for them to go. */
    public void stopAll() {
        List<FunctionInstance> all;
        lock.lock();
        try {
            all = List.copyOf(live);
            idle.clear();
        } finally {
            lock.unlock();
        }
        all.forEach(instance -> instance.stop(false));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        for (FunctionInstance instance : all) {
            if (!instance.awaitExit(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                instance.stop(true);
            }
        }
    }

    /**
     * Has a training instance's JVM write the AOT cache now ({@code jcmd AOT.end_recording}), while
     * it keeps serving: not at exit, where the runtime client's native thread crashed the JVM.
     */
    private void endAotRecording(FunctionInstance instance) {
        if (aotCache.isPresent() && instance.claimAotRecordingEnd()) {
            Thread.ofVirtual().name("aot-" + function.name()).start(() -> aotCache.get().endRecording(instance.pid()));
        }
    }

    /** Stops everything and refuses further work. */
    public void close() {
        lock.lock();
        try {
            closed = true;
            released.signalAll();
        } finally {
            lock.unlock();
        }
        stopAll();
    }

    public FunctionStats stats() {
        lock.lock();
        try {
            int busy = live.size() - idle.size();
            long warmRssKb = idle.stream().findFirst().flatMap(FunctionInstance::rssKb).orElse(0L);
            return new FunctionStats(function.name(), live.size(), busy, idle.size(), coldStarts.get(),
                    invocations.get(), errors.get(), timeouts.get(), throttles.get(), lastInitDuration, warmRssKb,
                    maxConcurrency);
        } finally {
            lock.unlock();
        }
    }

    /** The live instances (for benchmarks: RSS of a warm one). */
    public List<FunctionInstance> instances() {
        lock.lock();
        try {
            return List.copyOf(live);
        } finally {
            lock.unlock();
        }
    }
}
