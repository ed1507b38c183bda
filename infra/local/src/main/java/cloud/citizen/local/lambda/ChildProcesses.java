package cloud.citizen.local.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Starts the function processes so that none outlives the platform:
 * <ul>
 * <li>a normal exit, Ctrl-C or {@code kill} runs {@link #stopAll} (from the platform's shutdown hook);</li>
 * <li>{@code kill -9} cannot be caught, so each child gets the kernel's parent-death signal through
 * {@code setpriv --pdeathsig KILL} where util-linux has it. The kernel ties that signal to the
 * <em>thread</em> that forked, so every child is forked from one thread that lives as long as
 * the platform (an executor whose tasks never throw out of the thread).</li>
 * </ul>
 */
public final class ChildProcesses {

    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    private final ExecutorService spawner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "function-spawner");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    private final boolean parentDeathSignal = Files.isExecutable(SETPRIV);

    public Process start(ProcessBuilder builder) {
        List<String> command = new ArrayList<>();
        if (parentDeathSignal) {
            command.addAll(List.of(SETPRIV.toString(), "--pdeathsig", "KILL", "--"));
        }
        command.addAll(builder.command());
        builder.command(command);
        try {
            Process process = spawner.submit(builder::start).get();
            running.add(process);
            process.onExit().thenRun(() -> running.remove(process));
            return process;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof IOException io ? new UncheckedIOException("cannot start " + builder.command(), io)
                    : new IllegalStateException("cannot start " + builder.command(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting a function", e);
        }
    }

    /** SIGTERM first (a runtime may flush logs), SIGKILL for whatever is still there after {@code grace}. */
    public void stopAll(Duration grace) {
        List<Process> processes = List.copyOf(running);
        processes.forEach(process -> terminate(process, false));
        long deadline = System.nanoTime() + grace.toNanos();
        for (Process process : processes) {
            try {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !process.waitFor(left, TimeUnit.NANOSECONDS)) {
                    terminate(process, true);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                terminate(process, true);
            }
        }
        spawner.shutdownNow();
    }

    /** The process and whatever it started (a native bootstrap may fork). */
    public static void terminate(Process process, boolean forcibly) {
        process.descendants().forEach(child -> {
            if (forcibly) {
                child.destroyForcibly();
            } else {
                child.destroy();
            }
        });
        if (forcibly) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
    }

    public int count() {
        return running.size();
    }
}
