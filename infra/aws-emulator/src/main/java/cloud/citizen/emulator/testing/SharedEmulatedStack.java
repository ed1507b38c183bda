package cloud.citizen.emulator.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import cloud.citizen.emulator.AwsEndpoints;
import cloud.citizen.emulator.EmulatedAws;
import cloud.citizen.emulator.EmulatedStack;
import cloud.citizen.emulator.EmulatorOptions;
import cloud.citizen.emulator.LocalSecrets;
import cloud.citizen.emulator.RepositoryRoot;
import cloud.citizen.emulator.template.SamTemplate;

/**
 * One emulated stack per test JVM. Quarkus loads test resources in a fresh class loader each time
 * it restarts the application (another test profile, other resources), so a plain static field
 * would start a second set of emulators: the first class loader to get here starts them and
 * publishes their endpoints (and the folder of the local secrets) in a system property; later
 * class loaders connect to the same emulators and re-provision, which is a no-op.
 */
final class SharedEmulatedStack {

    private static final String PROPERTY = "citizen.emulator.shared";
    /** String literals are interned JVM-wide, so this monitor is shared across class loaders too. */
    private static final String JVM_WIDE_LOCK = "cloud.citizen.emulator.testing.SharedEmulatedStack.lock";

    private static EmulatedStack stack;

    private SharedEmulatedStack() {
    }

    static EmulatedStack get() {
        synchronized (JVM_WIDE_LOCK) {
            if (stack == null) {
                stack = startOrConnect();
            }
            return stack;
        }
    }

    private static EmulatedStack startOrConnect() {
        EmulatorOptions options = EmulatorOptions.inMemory();
        SamTemplate template = SamTemplate.load(RepositoryRoot.template(options.repositoryRoot()));
        String published = System.getProperty(PROPERTY);
        EmulatedAws aws;
        Path secretsDirectory;
        if (published == null) {
            secretsDirectory = temporarySecretsDirectory();
            aws = EmulatedAws.start(options);
            AwsEndpoints endpoints = aws.endpoints();
            System.setProperty(PROPERTY, String.join(" ", endpoints.dynamoDb().toString(),
                    endpoints.sqs().toString(), endpoints.s3().toString(), secretsDirectory.toString()));
        } else {
            String[] parts = published.split(" ");
            aws = EmulatedAws.connect(new AwsEndpoints(URI.create(parts[0]), URI.create(parts[1]),
                    URI.create(parts[2])));
            secretsDirectory = Path.of(parts[3]);
        }
        return EmulatedStack.on(template, aws, LocalSecrets.persistentIn(secretsDirectory), Map.of());
    }

    /** Secrets go through a file so that every class loader signs with the same key; gone when the JVM exits. */
    private static Path temporarySecretsDirectory() {
        try {
            Path directory = Files.createTempDirectory("citizen-test-secrets");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(directory),
                    "delete-test-secrets"));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the test secrets", e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // the temp folder is cleaned by the OS eventually; nothing else to do at JVM exit
        }
    }
}
