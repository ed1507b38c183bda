package cloud.citizen.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import cloud.citizen.emulator.RepositoryRoot;
import cloud.citizen.emulator.template.SamFunction;
import cloud.citizen.emulator.template.SamTemplate;

/**
 * Demo data lives with the local platform ({@code seed/}), never in what is deployed: every
 * {@code function.zip} that template.yaml's CodeUris point at is opened and must hold no seed
 * folder, no {@code Demo*} class and no {@code demo-*} file — at the zip's root (the function's
 * own classes and resources) or inside our own libraries under {@code lib/} (the platform jar;
 * third-party jars are not ours to judge, and one of them may well name a class Demo).
 * <p>
 * The zips are built by the function modules, which the reactor builds before this one (parent
 * pom: every function module is listed before {@code infra/local}), so under {@code ./mvnw verify}
 * they are fresh when this runs. A zip that has not been built (e.g. {@code -pl infra/local} alone)
 * is skipped, reported as such, never passed.
 */
class FunctionZipsHaveNoDemoDataTest {
    /** Path segments that mark demo data: a seed folder, Demo classes, demo files. */
    private static final Pattern DEMO = Pattern.compile("(^|/)(seed/|Demo[^/]*$|demo-[^/]*$)");
    /** Our own jars in a function's lib/ (legacy-jar layout names them groupId.artifactId-version.jar). */
    private static final String OUR_LIBRARIES = "lib/cloud.citizen.";

    @TestFactory
    Stream<DynamicTest> noFunctionZipContainsDemoData() {
        Path root = RepositoryRoot.locate();
        List<String> zips = SamTemplate.load(RepositoryRoot.template(root)).functions().stream()
                .map(SamFunction::codeUri).filter(uri -> uri != null && uri.endsWith(".zip")).distinct().sorted().toList();
        assertThat(zips).as("CodeUris in template.yaml").isNotEmpty();
        return zips.stream().map(uri -> DynamicTest.dynamicTest(uri, () -> {
            Path zip = root.resolve(uri);
            assumeTrue(Files.isRegularFile(zip), uri + " has not been built");
            assertThat(demoEntries(zip)).as("demo data in " + uri).isEmpty();
        }));
    }

    @Test
    void theCheck_recognisesDemoData() {
        assertThat(DEMO.matcher("cloud/citizen/bills/seed/DemoBills.class").find()).isTrue();
        assertThat(DEMO.matcher("seed/demo-bills.csv").find()).isTrue();
        assertThat(DEMO.matcher("cloud/citizen/x/DemoProviders$1.class").find()).isTrue();
        assertThat(DEMO.matcher("demo-data.json").find()).isTrue();
        assertThat(DEMO.matcher("cloud/citizen/appointments/AppointmentsComponents.class").find()).isFalse();
        assertThat(DEMO.matcher("lib/io.quarkus.quarkus-core-3.33.2.jar").find()).isFalse();
        assertThat(DEMO.matcher("cloud/citizen/x/SeedlessDemocracy.class").find()).isFalse();
    }

    /** Entries of the zip, and of every jar inside it, that look like demo data. */
    static List<String> demoEntries(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<String> found = new ArrayList<>();
            for (ZipEntry entry : Collections.list(file.entries())) {
                if (DEMO.matcher(entry.getName()).find()) {
                    found.add(entry.getName());
                } else if (entry.getName().startsWith(OUR_LIBRARIES) && entry.getName().endsWith(".jar")) {
                    found.addAll(demoEntriesOfNestedJar(file, entry));
                }
            }
            return found;
        }
    }

    private static List<String> demoEntriesOfNestedJar(ZipFile outer, ZipEntry jar) throws IOException {
        List<String> found = new ArrayList<>();
        try (var in = new ZipInputStream(outer.getInputStream(jar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (DEMO.matcher(entry.getName()).find()) {
                    found.add(jar.getName() + "!/" + entry.getName());
                }
            }
        }
        return found;
    }
}
