package cloud.citizen.emulator;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to start {@link EmulatedAws}: with a data directory the tables, objects and local secrets
 * survive a restart (queues are re-created empty); without one everything lives in memory.
 */
public record EmulatorOptions(Optional<Path> dataDirectory, Path repositoryRoot, EmulatorKind kind) {

    public static EmulatorOptions inMemory() {
        return new EmulatorOptions(Optional.empty(), RepositoryRoot.locate(), EmulatorKind.fromSystemProperty());
    }

    public static EmulatorOptions persistentIn(Path dataDirectory) {
        return new EmulatorOptions(Optional.of(dataDirectory.toAbsolutePath()), RepositoryRoot.locate(),
                EmulatorKind.fromSystemProperty());
    }

    public EmulatorOptions withKind(EmulatorKind newKind) {
        return new EmulatorOptions(dataDirectory, repositoryRoot, newKind);
    }

    public EmulatorOptions withRepositoryRoot(Path root) {
        return new EmulatorOptions(dataDirectory, root, kind);
    }

    /** Where emulator logs go: the data directory, else {@code target/emulators} of the working directory. */
    public Path logDirectory() {
        return dataDirectory.map(dir -> dir.resolve("logs"))
                .orElseGet(() -> Path.of(System.getProperty("user.dir"), "target", "emulators"));
    }
}
