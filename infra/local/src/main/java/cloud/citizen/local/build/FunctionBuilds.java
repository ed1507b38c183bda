package cloud.citizen.local.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

import cloud.citizen.emulator.template.SamFunction;
import cloud.citizen.emulator.template.SamTemplate;

/**
 * Packages the functions whose artifact (the CodeUri zip) is missing or older than its Maven
 * module's sources, with one {@code ./mvnw -q -pl <modules> -am package -DskipTests}. Set
 * MAVEN_ARGS (e.g. {@code -o}) to pass more options to Maven.
 */
public final class FunctionBuilds {

    private static final Logger LOG = Logger.getLogger(FunctionBuilds.class.getName());

    private final Path repositoryRoot;

    public FunctionBuilds(Path repositoryRoot) {
        this.repositoryRoot = repositoryRoot;
    }

    /** Module directories (relative to the root) whose function zips need building. */
    public Set<String> modulesToBuild(SamTemplate template) {
        Set<String> modules = new LinkedHashSet<>();
        for (SamFunction function : template.functions()) {
            Path artifact = repositoryRoot.resolve(function.codeUri()).normalize();
            if (Files.isDirectory(artifact)) {
                continue; // a directory CodeUri is used as it is
            }
            Optional<Path> module = moduleOf(artifact);
            if (module.isPresent() && (!Files.isRegularFile(artifact) || olderThanSources(artifact, module.get()))) {
                modules.add(repositoryRoot.relativize(module.get()).toString());
            }
        }
        return modules;
    }

    public void build(Set<String> modules) {
        if (modules.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(repositoryRoot.resolve("mvnw").toString(), "-q", "-pl",
                String.join(",", modules), "-am", "package", "-DskipTests"));
        LOG.info(() -> "packaging " + modules + ": " + String.join(" ", command));
        try {
            Process maven = new ProcessBuilder(command).directory(repositoryRoot.toFile()).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(maven::destroy));
            if (!maven.waitFor(30, TimeUnit.MINUTES)) {
                maven.destroyForcibly();
                throw new IllegalStateException("packaging " + modules + " took longer than 30 minutes");
            }
            if (maven.exitValue() != 0) {
                throw new IllegalStateException("packaging " + modules + " failed (exit " + maven.exitValue() + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while packaging " + modules, e);
        }
    }

    /** The nearest directory above the artifact (inside the repository) that has a pom.xml. */
    private Optional<Path> moduleOf(Path artifact) {
        for (Path dir = artifact.getParent(); dir != null && dir.startsWith(repositoryRoot)
                && !dir.equals(repositoryRoot); dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static boolean olderThanSources(Path artifact, Path module) {
        try (Stream<Path> sources = Stream.concat(Stream.of(module.resolve("pom.xml")),
                Files.exists(module.resolve("src")) ? Files.walk(module.resolve("src")) : Stream.empty())) {
            FileTime built = Files.getLastModifiedTime(artifact);
            return sources.filter(Files::isRegularFile).anyMatch(source -> {
                try {
                    return Files.getLastModifiedTime(source).compareTo(built) > 0;
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compare " + artifact + " with its sources", e);
        }
    }
}
