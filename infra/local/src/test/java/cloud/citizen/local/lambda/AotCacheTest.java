package cloud.citizen.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cloud.citizen.local.Eventually;
import cloud.citizen.local.Json;
import cloud.citizen.local.fixtures.FixtureFunctions;
import cloud.citizen.local.fixtures.RecordingHandler;

/**
 * {@code --aot}: the first instance of a zipped function trains a JDK AOT cache on real events,
 * the next instance starts from it (its handler class comes from the cache, not the jar), and a
 * changed zip trains a new cache.
 */
class AotCacheTest {

    private static final String HANDLER_FROM_CACHE = RecordingHandler.class.getName() + " source: shared objects file";

    @TempDir
    Path temp;
    LocalLambda lambda;

    @AfterEach
    void stop() {
        if (lambda != null) {
            lambda.close();
        }
    }

    @Test
    void secondInstance_startsFromTheCacheTheFirstTrained_andAChangedZipTrainsAgain() throws IOException {
        Path zip = fixtureZip("first");
        start(zip);
        long trainer = pidOf(lambda.invoke("Fixture", event(1)));
        assertThat(commandLine(trainer)).contains("-XX:AOTCacheOutput=");
        for (int i = 2; i <= FunctionPool.AOT_TRAINING_EVENTS; i++) {
            assertThat(pidOf(lambda.invoke("Fixture", event(i)))).isEqualTo(trainer);
        }
        Path cache = Eventually.within(Duration.ofSeconds(120), "the trainer writes the cache while it lives",
                () -> cacheFiles().size() == 1 && !training() ? cacheFiles().get(0) : null);

        lambda.pool("Fixture").stopAll(); // the trainer stays warm; the next cold start is what uses the cache
        long second = pidOf(lambda.invoke("Fixture", event(11)));
        assertThat(second).isNotEqualTo(trainer);
        assertThat(commandLine(second)).contains("-XX:AOTCache=" + cache).doesNotContain("AOTCacheOutput");
        assertThat(classLoadLog(second)).contains(HANDLER_FROM_CACHE);

        lambda.close();
        fixtureZip("a new build"); // same path, other content: unpacked again, another hash
        start(zip);
        long retrainer = pidOf(lambda.invoke("Fixture", event(12)));
        assertThat(commandLine(retrainer)).contains("-XX:AOTCacheOutput=");
        assertThat(classLoadLog(retrainer)).doesNotContain(HANDLER_FROM_CACHE);
        for (int i = 2; i <= FunctionPool.AOT_TRAINING_EVENTS; i++) {
            lambda.invoke("Fixture", event(i));
        }
        Path retrained = Eventually.within(Duration.ofSeconds(120), "the new cache replaces the old one",
                () -> cacheFiles().size() == 1 && !training() && !cacheFiles().get(0).equals(cache)
                        ? cacheFiles().get(0) : null);
        assertThat(retrained.getFileName().toString()).doesNotStartWith(cache.getFileName().toString().substring(0, 16));
    }

    private void start(Path zip) {
        Path taskRoot = FunctionCode.taskRoot(zip, temp.resolve("functions/Fixture"));
        FunctionDefinition function = new FunctionDefinition("Fixture", taskRoot, FixtureFunctions.HANDLER, "java25",
                256, Duration.ofSeconds(10), Map.of());
        lambda = new LocalLambda(List.of(function), LocalLambda.Settings.defaults()
                .withExtraJvmOptions(List.of("-Xlog:class+load=info:file=" + temp.resolve("classes-%p.log")))
                .withAotCache(true), temp.resolve("logs"));
    }

    /** The function as Lambda gets it: a zip with the handler in {@code lib/} and a marker that makes it unique. */
    private Path fixtureZip(String marker) throws IOException {
        Path zip = temp.resolve("function.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("lib/fixture.jar"));
            out.write(handlerJar());
            out.closeEntry();
            out.putNextEntry(new ZipEntry("marker.txt"));
            out.write(marker.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip;
    }

    private static byte[] handlerJar() throws IOException {
        String entry = RecordingHandler.class.getName().replace('.', '/') + ".class";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            jar.putNextEntry(new ZipEntry(entry));
            jar.write(Files.readAllBytes(FixtureFunctions.testClasses().resolve(entry)));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }

    private List<Path> cacheFiles() {
        try (var files = Files.list(temp.resolve("functions/Fixture.aot"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".aot")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private boolean training() {
        try (var files = Files.list(temp.resolve("functions/Fixture.aot"))) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".training"));
        } catch (IOException e) {
            return true;
        }
    }

    private static String commandLine(long pid) throws IOException {
        return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8)
                .replace('\0', ' ');
    }

    private String classLoadLog(long pid) throws IOException {
        return Files.readString(temp.resolve("classes-" + pid + ".log"));
    }

    private static byte[] event(int n) {
        return ("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static long pidOf(InvocationResult result) {
        assertThat(result.succeeded()).as(result.toString()).isTrue();
        return Json.parse(((InvocationResult.Success) result).payload()).get("pid").asLong();
    }
}
