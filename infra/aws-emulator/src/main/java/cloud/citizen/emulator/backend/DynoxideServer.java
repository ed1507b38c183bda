package cloud.citizen.emulator.backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * DynamoDB: dynoxide (SQLite-backed, open source) as a subprocess on 127.0.0.1. The port is
 * chosen here (dynoxide does not report an ephemeral one), so a lost race for it is retried.
 */
public final class DynoxideServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DynoxideServer.class.getName());
    private static final String HOST = "127.0.0.1";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(10);
    private static final int ATTEMPTS = 3;
    private static final ChildProcessRegistry CHILDREN = new ChildProcessRegistry("dynoxide", "dynoxide");

    private final Process process;
    private final URI endpoint;

    private DynoxideServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** @param databaseFile SQLite file to keep the tables in; empty for an in-memory database */
    public static DynoxideServer start(Path binary, Optional<Path> databaseFile, Path logFile) {
        CHILDREN.reapOrphans();
        try {
            Files.createDirectories(logFile.getParent());
            if (databaseFile.isPresent()) {
                Files.createDirectories(databaseFile.get().toAbsolutePath().getParent());
            }
            IllegalStateException lastFailure = null;
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                int port = freePort();
                Process process = launch(binary, port, databaseFile, logFile);
                CHILDREN.register(process);
                if (awaitListening(process, port)) {
                    URI endpoint = URI.create("http://" + HOST + ":" + port);
                    LOG.fine(() -> "dynoxide listening on " + endpoint + ", log " + logFile);
                    return new DynoxideServer(process, endpoint);
                }
                stop(process);
                lastFailure = new IllegalStateException("dynoxide did not start on port " + port + "; see " + logFile);
            }
            throw lastFailure;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start dynoxide " + binary, e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        stop(process);
    }

    private static Process launch(Path binary, int port, Optional<Path> databaseFile, Path logFile)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "serve", "--host", HOST,
                "--port", Integer.toString(port)));
        databaseFile.ifPresent(file -> command.addAll(List.of("--db-path", file.toString())));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
    }

    private static boolean awaitListening(Process process, int port) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 100);
                return true;
            } catch (IOException notYet) {
                pause(process);
            }
        }
        return false;
    }

    /** Waits a little for the process, returning early if it exits (a lost port race). */
    private static void pause(Process process) {
        try {
            process.waitFor(5, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for dynoxide", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            CHILDREN.unregister(process);
        }
    }
}
