package cloud.citizen.emulator.backend;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Remembers which JVM owns each emulator subprocess, so that processes left behind by a JVM that
 * was killed outright (no shutdown hook runs on SIGKILL) are stopped by the next JVM that starts one.
 * One marker file per child: {@code <childPid>.owner} containing the owner's pid.
 */
final class ChildProcessRegistry {

    private static final Logger LOG = Logger.getLogger(ChildProcessRegistry.class.getName());
    private static final String SUFFIX = ".owner";

    private final Path directory;
    private final String commandMarker;

    ChildProcessRegistry(String name, String commandMarker) {
        this.directory = Path.of(System.getProperty("java.io.tmpdir"), "citizen-cloud-" + name + "-processes");
        this.commandMarker = commandMarker;
    }

    void register(Process child) {
        try {
            Files.createDirectories(directory);
            Files.writeString(marker(child.pid()), Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot record emulator process " + child.pid(), e);
        }
    }

    void unregister(Process child) {
        try {
            Files.deleteIfExists(marker(child.pid()));
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot remove marker of emulator process " + child.pid(), e);
        }
    }

    /** Stops children whose owning JVM is gone; children of live JVMs are left alone. */
    void reapOrphans() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> markers = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path marker : markers) {
                reapIfOrphan(marker);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot scan " + directory, e);
        }
    }

    private void reapIfOrphan(Path marker) throws IOException {
        String fileName = marker.getFileName().toString();
        long childPid;
        long ownerPid;
        try {
            childPid = Long.parseLong(fileName.substring(0, fileName.length() - SUFFIX.length()));
            ownerPid = Long.parseLong(Files.readString(marker).trim());
        } catch (NumberFormatException e) {
            Files.deleteIfExists(marker);
            return;
        }
        if (ProcessHandle.of(ownerPid).filter(ProcessHandle::isAlive).isPresent()) {
            return;
        }
        Optional<ProcessHandle> child = ProcessHandle.of(childPid).filter(ProcessHandle::isAlive);
        // the pid may have been reused by an unrelated process: only stop what still looks like ours
        if (child.isPresent() && child.get().info().command().orElse("").contains(commandMarker)) {
            LOG.info(() -> "stopping " + commandMarker + " pid " + childPid + " left by dead JVM " + ownerPid);
            child.get().destroyForcibly();
        }
        Files.deleteIfExists(marker);
    }

    private Path marker(long pid) {
        return directory.resolve(pid + SUFFIX);
    }
}
