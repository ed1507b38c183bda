package cloud.citizen.emulator.backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * Makes sure the dynoxide binary exists: it ships in the npm package {@code @dynoxide/linux-x64}
 * pinned by {@code infra/emulators/package-lock.json}. When it is missing, {@code npm ci} runs once;
 * a file lock keeps parallel JVMs (several modules' tests) from installing over each other.
 */
public final class DynoxideInstall {

    private static final Logger LOG = Logger.getLogger(DynoxideInstall.class.getName());
    private static final String EMULATORS_DIR = "infra/emulators";
    private static final Duration NPM_TIMEOUT = Duration.ofMinutes(10);
    /** FileLock is per JVM, not per thread: threads of one JVM queue here first. */
    private static final ReentrantLock IN_THIS_JVM = new ReentrantLock();

    private DynoxideInstall() {
    }

    public static Path binary(Path repositoryRoot) {
        return repositoryRoot.resolve(EMULATORS_DIR).resolve("node_modules/@dynoxide/linux-x64/dynoxide");
    }

    public static Path ensureInstalled(Path repositoryRoot) {
        Path binary = binary(repositoryRoot);
        if (Files.isExecutable(binary)) {
            return binary;
        }
        IN_THIS_JVM.lock();
        try (FileChannel channel = FileChannel.open(lockFile(repositoryRoot), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
            if (!Files.isExecutable(binary)) { // another JVM may have installed it while we waited
                runNpmCi(repositoryRoot.resolve(EMULATORS_DIR));
            }
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException("npm ci finished but " + binary + " is missing (dynoxide ships only"
                        + " for linux-x64 in infra/emulators/package.json)");
            }
            return binary;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install dynoxide", e);
        } finally {
            IN_THIS_JVM.unlock();
        }
    }

    /** Outside the repository: {@code npm ci} deletes node_modules, and a lock file there would vanish under us. */
    private static Path lockFile(Path repositoryRoot) {
        String name = "citizen-cloud-npm-" + Integer.toHexString(repositoryRoot.toString().hashCode()) + ".lock";
        return Path.of(System.getProperty("java.io.tmpdir"), name);
    }

    private static void runNpmCi(Path emulatorsDir) throws IOException {
        Path log = emulatorsDir.resolve("npm-ci.log");
        LOG.info(() -> "installing dynoxide: npm ci in " + emulatorsDir + " (log: " + log + ")");
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                .directory(emulatorsDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        try {
            if (!npm.waitFor(NPM_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm ci took longer than " + NPM_TIMEOUT + "; see " + log);
            }
        } catch (InterruptedException e) {
            npm.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing dynoxide", e);
        }
        if (npm.exitValue() != 0) {
            throw new IllegalStateException("npm ci failed with exit code " + npm.exitValue() + "; see " + log);
        }
    }
}
