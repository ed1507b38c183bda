package cloud.citizen.local.lambda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A function's JDK AOT cache (JEP 483/514/515, {@code --aot}): the local analogue of the
 * pre-initialisation SnapStart gives on AWS. The first instance of a function without a cache
 * trains one ({@code -XX:AOTCacheOutput}) while it serves real events; after a few events, or
 * when it goes idle, the pool has its JVM write the cache ({@code jcmd <pid> AOT.end_recording},
 * JDK 25), and later instances start with {@code -XX:AOTCache}. The cache lies beside the unpacked function, named after the
 * zip's SHA-256, the JDK build and the JVM options, since a cache only fits the code, JDK and
 * flags it was trained with: a new zip, JDK or option trains a new cache and the old one is
 * deleted.
 */
public final class AotCache {

    private static final Logger LOG = Logger.getLogger(AotCache.class.getName());
    private static final Pattern RUNTIME_VERSION = Pattern.compile("(?m)^JAVA_RUNTIME_VERSION=\"([^\"]+)\"");
    private static final String SUFFIX = ".aot";
    /** jcmd's success, or what a training JVM ends with when it exits by itself or on SIGTERM (128 + 15). */
    private static final List<Integer> CLEAN_EXITS = List.of(0, 143);

    private final String function;
    private final Path javaExecutable;
    private final Path file;
    private final Path trainingOutput;
    private boolean training;

    private AotCache(String function, Path javaExecutable, Path file) {
        this.function = function;
        this.javaExecutable = javaExecutable;
        this.file = file;
        this.trainingOutput = file.resolveSibling(file.getFileName() + ".training");
    }

    /**
     * The cache of a function unpacked from a zip and run on a JDK of 25 or later; none for a
     * directory CodeUri (no zip to key it by), a custom runtime, or an older JDK.
     */
    public static Optional<AotCache> of(FunctionDefinition function, List<String> jvmOptions) {
        if (function.isCustomRuntime() || JavaRuntimes.featureVersion(function.runtime()) < 25) {
            return Optional.empty();
        }
        return FunctionCode.codeHash(function.taskRoot()).map(zipHash -> {
            Path java = JavaRuntimes.javaExecutable(function.runtime());
            String key = zipHash.substring(0, 16) + "-" + jdkBuild(java.getParent().getParent()) + "-"
                    + optionsHash(function, jvmOptions);
            Path directory = function.taskRoot().resolveSibling(function.taskRoot().getFileName() + SUFFIX);
            return new AotCache(function.name(), java, directory.resolve(key + SUFFIX));
        });
    }

    /**
     * The JVM options of the next instance: use the cache when there is one, else train it when no
     * other instance is training it, else none (that instance just starts without a cache).
     */
    synchronized List<String> optionsForNextInstance() {
        if (Files.isRegularFile(file)) {
            return List.of("-XX:AOTCache=" + file);
        }
        if (training) {
            return List.of();
        }
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(trainingOutput);
        } catch (IOException e) {
            LOG.warning(() -> "no AOT cache for " + function + ": " + e);
            return List.of();
        }
        training = true;
        LOG.info(() -> function + ": training a JDK AOT cache in " + file.getParent());
        return List.of("-XX:AOTCacheOutput=" + trainingOutput);
    }

    static boolean isTraining(List<String> options) {
        return options.stream().anyMatch(option -> option.startsWith("-XX:AOTCacheOutput="));
    }

    /** Ends the recording of the training JVM {@code pid}, which writes the cache; keeps it when it worked. */
    void endRecording(long pid) {
        Path jcmd = javaExecutable.resolveSibling("jcmd");
        int exit;
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "AOT.end_recording")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            exit = process.waitFor(5, TimeUnit.MINUTES) ? process.exitValue() : -1;
            process.destroyForcibly();
        } catch (IOException e) {
            exit = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = -1;
        }
        trainingEnded(exit);
    }

    /** The training has ended (0: cleanly): keep the cache it wrote, drop older ones. */
    synchronized void trainingEnded(int exitValue) {
        training = false;
        try {
            if (CLEAN_EXITS.contains(exitValue) && Files.isRegularFile(trainingOutput)) {
                Files.move(trainingOutput, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                deleteOtherCaches();
                long megabytes = Files.size(file) >> 20;
                LOG.info(() -> function + ": AOT cache ready, " + megabytes + " MB");
            } else {
                Files.deleteIfExists(trainingOutput);
                LOG.warning(() -> function + ": no AOT cache from the training instance (exit " + exitValue
                        + "); the next instance trains again");
            }
        } catch (IOException e) {
            LOG.warning(() -> function + ": cannot keep the AOT cache: " + e);
        }
    }

    public Path file() {
        return file;
    }

    /** Whether an instance is training the cache right now. */
    public synchronized boolean isTraining() {
        return training;
    }

    public boolean isReady() {
        return Files.isRegularFile(file);
    }

    private void deleteOtherCaches() throws IOException {
        try (DirectoryStream<Path> caches = Files.newDirectoryStream(file.getParent(), "*" + SUFFIX + "*")) {
            for (Path cache : caches) {
                if (!cache.equals(file) && !cache.equals(trainingOutput)) {
                    Files.deleteIfExists(cache);
                }
            }
        }
    }

    /** e.g. {@code 25.0.3+9-LTS}: a cache refuses any other build of the JDK. */
    private static String jdkBuild(Path javaHome) {
        try {
            Matcher matcher = RUNTIME_VERSION.matcher(Files.readString(javaHome.resolve("release")));
            return matcher.find() ? matcher.group(1).replaceAll("[^A-Za-z0-9.+-]", "_") : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The options that shape the heap and code (memory, GC, compiler, extra options) must match too. */
    private static String optionsHash(FunctionDefinition function, List<String> jvmOptions) {
        String options = ManagedJavaRuntime.command(function, jvmOptions).stream()
                .filter(option -> !option.startsWith("-D" + RuntimeClientLibrary.PROPERTY)) // a new temp file each run
                .collect(Collectors.joining(" ")) + function.environment().getOrDefault("JAVA_TOOL_OPTIONS", "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(options.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
