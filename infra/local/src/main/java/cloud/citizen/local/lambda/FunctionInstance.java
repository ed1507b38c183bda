package cloud.citizen.local.lambda;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import cloud.citizen.local.lambda.InvocationResult.PlatformFailure;
import cloud.citizen.local.lambda.InvocationResult.Reason;

/**
 * One execution environment: a process running the function's runtime against its own Runtime
 * API endpoint. It handles one event at a time; the pool decides which instance gets which.
 */
public final class FunctionInstance implements RuntimeApiListener {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final FunctionDefinition function;
    private final String id;
    private final FunctionLogs logs;
    private final RuntimeApiServer api;
    private final Process process;
    private final long spawnedAt = System.nanoTime();
    private final BlockingQueue<Invocation> mailbox = new LinkedBlockingQueue<>();
    private volatile long readyAt;
    private volatile Invocation current;
    private volatile boolean stopping;
    private final AtomicBoolean aotRecordingEnded = new AtomicBoolean();
    private volatile String initError;
    private volatile long lastUsedAt = System.nanoTime();
    private final boolean trainsAotCache;
    private final AtomicInteger served = new AtomicInteger();

    private FunctionInstance(FunctionDefinition function, InstanceLauncher launcher, List<String> jvmOptions,
            Executor executor, FunctionLogs logs, Consumer<FunctionInstance> onExit) {
        this.function = function;
        this.id = String.format("%s-%04d", Long.toHexString(System.currentTimeMillis() & 0xfffff),
                SEQUENCE.incrementAndGet());
        this.logs = logs;
        this.trainsAotCache = AotCache.isTraining(jvmOptions);
        this.api = new RuntimeApiServer(this, function.arn(), executor);
        try {
            this.process = launcher.launch(function, api.address(), InstanceLauncher.logStreamName(id), jvmOptions);
        } catch (RuntimeException e) {
            api.close();
            throw e;
        }
        logs.pump(function.name(), id, process.getInputStream());
        logs.pump(function.name(), id, process.getErrorStream());
        process.onExit().thenRun(() -> exited(onExit));
    }

    static FunctionInstance start(FunctionDefinition function, InstanceLauncher launcher, Executor executor,
            FunctionLogs logs, Consumer<FunctionInstance> onExit) {
        return start(function, launcher, List.of(), executor, logs, onExit);
    }

    /** @param jvmOptions this instance's own JVM options (its AOT cache) */
    static FunctionInstance start(FunctionDefinition function, InstanceLauncher launcher, List<String> jvmOptions,
            Executor executor, FunctionLogs logs, Consumer<FunctionInstance> onExit) {
        return new FunctionInstance(function, launcher, jvmOptions, executor, logs, onExit);
    }

    /**
     * Runs one event to its end. A cold instance first has {@code initTimeout} to ask for work;
     * then the handler has the function's Timeout. Either limit kills the instance.
     */
    InvocationResult invoke(Invocation invocation, Duration initTimeout) {
        current = invocation;
        boolean cold = readyAt == 0;
        mailbox.add(invocation);
        try {
            try {
                invocation.pickedUp.get(initTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                invocation.finish(new PlatformFailure(Reason.INIT_FAILED,
                        "the runtime did not ask for work within " + initTimeout.toSeconds() + " s"));
                stop(true);
            }
            long startedAt = System.nanoTime();
            InvocationResult result;
            try {
                result = invocation.result.get(function.timeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                invocation.finish(new PlatformFailure(Reason.TIMED_OUT,
                        "Task timed out after " + function.timeout().toSeconds() + ".00 seconds"));
                stop(true);
                result = invocation.result.join();
            }
            long duration = System.nanoTime() - startedAt;
            InvocationResult outcome = result;
            logs.later(() -> report(invocation, outcome, cold, duration));
            return result;
        } catch (ExecutionException e) {
            throw new IllegalStateException("invocation futures never fail", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            invocation.finish(new PlatformFailure(Reason.CRASHED, "interrupted"));
            stop(true);
            return invocation.result.join();
        } finally {
            current = null;
            served.incrementAndGet();
            lastUsedAt = System.nanoTime();
        }
    }

    private void report(Invocation invocation, InvocationResult result, boolean cold, long durationNanos) {
        double millis = durationNanos / 1e6;
        StringBuilder line = new StringBuilder()
                .append("REPORT RequestId: ").append(invocation.requestId())
                .append("\tDuration: ").append(String.format("%.2f ms", millis))
                .append("\tBilled Duration: ").append((long) Math.ceil(millis)).append(" ms")
                .append("\tMemory Size: ").append(function.memoryMb()).append(" MB")
                .append("\tMax Memory Used: ").append(peakRssKb().orElse(0L) / 1024).append(" MB");
        if (cold && readyAt != 0) {
            line.append("\tInit Duration: ").append(String.format("%.2f ms", initDuration().toNanos() / 1e6));
        }
        if (result instanceof PlatformFailure failure) {
            line.append("\tStatus: ").append(failure.reason()).append(" (").append(failure.message()).append(')');
        } else if (result instanceof InvocationResult.FunctionError error) {
            line.append("\tStatus: error ").append(error.errorType());
        }
        logs.platform(function.name(), "START RequestId: " + invocation.requestId() + " Version: $LATEST", false);
        logs.platform(function.name(), "END RequestId: " + invocation.requestId(), false);
        logs.platform(function.name(), line.toString(), true);
    }

    @Override
    public Invocation nextInvocation() throws InterruptedException {
        if (readyAt == 0) {
            readyAt = System.nanoTime();
        }
        while (!stopping) {
            Invocation invocation = mailbox.poll(200, TimeUnit.MILLISECONDS);
            if (invocation != null && !invocation.result.isDone()) {
                return invocation;
            }
        }
        return null;
    }

    @Override
    public boolean invocationResponse(String requestId, byte[] payload) {
        Invocation invocation = current;
        return invocation != null && invocation.requestId().equals(requestId)
                && invocation.finish(new InvocationResult.Success(payload));
    }

    @Override
    public boolean invocationError(String requestId, String errorType, byte[] body) {
        Invocation invocation = current;
        return invocation != null && invocation.requestId().equals(requestId)
                && invocation.finish(new InvocationResult.FunctionError(errorType, body));
    }

    @Override
    public void initError(String errorType, byte[] body) {
        initError = errorType + ": " + new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void exited(Consumer<FunctionInstance> onExit) {
        stopping = true;
        api.close();
        Invocation invocation = current;
        if (invocation != null) {
            if (readyAt == 0 || initError != null) {
                invocation.finish(new PlatformFailure(Reason.INIT_FAILED, initError != null ? initError
                        : "the runtime exited with code " + process.exitValue() + " during init; see "
                                + logs.fileOf(function.name())));
            } else {
                invocation.finish(new PlatformFailure(Reason.CRASHED,
                        "Runtime exited with error: exit status " + process.exitValue()));
            }
        }
        onExit.accept(this);
    }

    /** Ends the instance: forcibly for a timeout (Lambda discards the environment), gently when idle. */
    public void stop(boolean forcibly) {
        stopping = true;
        ChildProcesses.terminate(process, forcibly);
    }

    /** @return true once: whoever gets it ends this instance's AOT recording */
    boolean claimAotRecordingEnd() {
        return trainsAotCache && aotRecordingEnded.compareAndSet(false, true);
    }

    boolean aotRecordingEnded() {
        return aotRecordingEnded.get();
    }

    /** @return whether the process has exited within {@code wait} */
    public boolean awaitExit(Duration wait) {
        try {
            return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    public String id() {
        return id;
    }

    public FunctionDefinition function() {
        return function;
    }

    /** Whether this instance trains its function's AOT cache (written when it exits). */
    public boolean trainsAotCache() {
        return trainsAotCache;
    }

    int invocationsServed() {
        return served.get();
    }

    /** The exit code, once exited; -1 before. */
    int exitValue() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isReady() {
        return readyAt != 0;
    }

    public boolean isAlive() {
        return process.isAlive() && !stopping;
    }

    /** Spawn to the first {@code /invocation/next}: what Lambda reports as Init Duration. */
    public Duration initDuration() {
        return readyAt == 0 ? Duration.ZERO : Duration.ofNanos(readyAt - spawnedAt);
    }

    long spawnedAtNanos() {
        return spawnedAt;
    }

    long idleSinceNanos() {
        return lastUsedAt;
    }

    public Optional<Long> rssKb() {
        return procStatus("VmRSS:");
    }

    public Optional<Long> peakRssKb() {
        return procStatus("VmHWM:");
    }

    private Optional<Long> procStatus(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field)) {
                    return Optional.of(Long.parseLong(line.substring(field.length()).replace("kB", "").trim()));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // no /proc (not Linux) or the process is gone
        }
        return Optional.empty();
    }
}
