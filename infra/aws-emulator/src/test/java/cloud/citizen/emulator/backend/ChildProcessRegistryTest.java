package cloud.citizen.emulator.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** A child left behind by a JVM that died without running its shutdown hooks is stopped by the next one. */
class ChildProcessRegistryTest {

    private final ChildProcessRegistry registry = new ChildProcessRegistry("registry-test", "sleep");

    @Test
    void orphanOfADeadOwner_isStopped_childOfALiveOwner_isKept() throws Exception {
        Process orphan = new ProcessBuilder("sleep", "30").start();
        Process mine = new ProcessBuilder("sleep", "30").start();
        try {
            Path markers = Path.of(System.getProperty("java.io.tmpdir"), "citizen-cloud-registry-test-processes");
            registry.register(mine);
            Files.writeString(markers.resolve(orphan.pid() + ".owner"), Long.toString(deadPid()));

            registry.reapOrphans();

            assertThat(orphan.waitFor(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            assertThat(mine.isAlive()).isTrue();
            assertThat(markers.resolve(orphan.pid() + ".owner")).doesNotExist();
            assertThat(markers.resolve(mine.pid() + ".owner")).exists();
        } finally {
            registry.unregister(mine);
            orphan.destroyForcibly();
            mine.destroyForcibly();
        }
    }

    /** The pid of a process that has already exited. */
    private static long deadPid() throws Exception {
        Process shortLived = new ProcessBuilder("true").start();
        shortLived.waitFor();
        return shortLived.pid();
    }
}
