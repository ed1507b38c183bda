package cloud.citizen.local.lambda;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JDK that plays a managed Java runtime of the template ({@code java17}, {@code java21},
 * {@code java25}), so that each function runs locally on the Java version it runs on in Lambda.
 * Found, in order: the runner's own JVM when it is that version; {@code JAVA<N>_HOME} (e.g.
 * {@code JAVA25_HOME}); a JDK of that version under {@code /usr/lib/jvm} (its {@code release} file
 * says {@code JAVA_VERSION="N..."}).
 */
public final class JavaRuntimes {
    private static final Pattern MANAGED_JAVA = Pattern.compile("java(\\d+)(?:\\.al2)?");
    private static final Pattern RELEASE_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");
    private static final Path JVM_DIRECTORY = Path.of("/usr/lib/jvm");
    private static final Map<Integer, Path> FOUND = new ConcurrentHashMap<>();

    private JavaRuntimes() {
    }

    /** The {@code bin/java} for a template runtime such as {@code java25}. */
    public static Path javaExecutable(String runtime) {
        int version = featureVersion(runtime);
        return FOUND.computeIfAbsent(version, JavaRuntimes::locate).resolve("bin").resolve("java");
    }

    static int featureVersion(String runtime) {
        Matcher matcher = MANAGED_JAVA.matcher(runtime);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a managed Java runtime: " + runtime);
        }
        return Integer.parseInt(matcher.group(1));
    }

    private static Path locate(int version) {
        if (Runtime.version().feature() == version) {
            return Path.of(System.getProperty("java.home"));
        }
        Optional<Path> fromVariable = Optional.ofNullable(System.getenv("JAVA" + version + "_HOME"))
                .filter(value -> !value.isBlank()).map(Path::of).filter(home -> versionOf(home) == version);
        return fromVariable.or(() -> installed(version)).orElseThrow(() -> new IllegalStateException(
                "template.yaml runs functions on java" + version + " but no JDK " + version + " was found: set JAVA"
                        + version + "_HOME or run the platform on JDK " + version));
    }

    private static Optional<Path> installed(int version) {
        if (!Files.isDirectory(JVM_DIRECTORY)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> homes = Files.newDirectoryStream(JVM_DIRECTORY)) {
            for (Path home : homes) {
                if (versionOf(home) == version && Files.isExecutable(home.resolve("bin/java"))) {
                    return Optional.of(home);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int versionOf(Path home) {
        try {
            Matcher matcher = RELEASE_VERSION.matcher(Files.readString(home.resolve("release")));
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
