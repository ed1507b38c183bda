package cloud.citizen.local.lambda;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Where function output goes, like CloudWatch Logs: one file per function
 * ({@code <logs>/functions/<Function>.log}, lines prefixed with the instance) with the platform's
 * START/END/REPORT lines in between. REPORT lines also go to the console; the functions' own
 * lines only with {@code echo}.
 */
public final class FunctionLogs implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger("cloud.citizen.local.functions");

    private final Path directory;
    private final boolean echo;
    private final Map<String, Writer> writers = new ConcurrentHashMap<>();
    /** One thread, so that an invocation's START/END/REPORT lines stay together and in order. */
    private final ExecutorService reports = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon()
            .name("function-reports").factory());

    public FunctionLogs(Path directory, boolean echo) {
        this.directory = directory;
        this.echo = echo;
    }

    public Path fileOf(String function) {
        return directory.resolve(function + ".log");
    }

    /** Copies a process stream line by line on its own daemon thread, until the process closes it. */
    void pump(String function, String instanceId, InputStream stream) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    write(function, "[" + instanceId + "] " + line);
                    if (echo) {
                        LOG.info(function + " " + line);
                    }
                }
            } catch (IOException closed) {
                // the process is gone: its stream ends with it
            }
        }, "logs-" + function + "-" + instanceId);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Runs {@code report} (which writes platform lines) on the log's own thread: Lambda writes an
     * invocation's REPORT after the response has gone back, so reading /proc and a file write
     * that waits for a busy disk must not delay the caller either.
     */
    void later(Runnable report) {
        try {
            reports.execute(report);
        } catch (RejectedExecutionException closed) {
            report.run(); // an invocation that ended while the platform stops: its REPORT still counts
        }
    }

    /** A line of the platform's own about an invocation (START, END, REPORT). */
    void platform(String function, String line, boolean toConsole) {
        write(function, line);
        if (toConsole) {
            LOG.info(function + " " + line);
        }
    }

    private void write(String function, String line) {
        Writer writer = writers.computeIfAbsent(function, this::open);
        synchronized (writer) {
            try {
                writer.write(line);
                writer.write('\n');
                writer.flush();
            } catch (IOException e) {
                LOG.fine(() -> "cannot write the log of " + function + ": " + e);
            }
        }
    }

    private Writer open(String function) {
        try {
            Files.createDirectories(directory);
            return Files.newBufferedWriter(fileOf(function), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the log of " + function, e);
        }
    }

    @Override
    public void close() {
        reports.shutdown();
        try {
            reports.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writers.values().forEach(writer -> {
            try {
                writer.close();
            } catch (IOException ignored) {
                // closing at shutdown: nothing left to do with it
            }
        });
    }
}
