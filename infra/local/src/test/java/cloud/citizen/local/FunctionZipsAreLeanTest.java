package cloud.citizen.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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
 * What no function loads stays out of every zip template.yaml points at (function.zip and worker.zip):
 * <ul>
 * <li>a native library for another CPU than the template's {@code Architectures} (arm64): brotli4j
 * once brought {@code native-linux-x86_64}, chosen by the build machine's CPU, into every HTTP zip;</li>
 * <li>brotli4j itself (quarkus-vertx-http's, loaded only for {@code quarkus.http.compressors=br}, which
 * no function sets: functions/platform/pom.xml excludes it);</li>
 * <li>a second CSV library: Jackson's CSV module reads the bill imports and writes the survey exports,
 * commons-csv with commons-io and -codec (1 MB) is gone.</li>
 * </ul>
 * Native libraries are looked for in the zip and in every jar inside it. Zips that have not been
 * built are skipped, reported as such, never passed.
 */
class FunctionZipsAreLeanTest {
    private static final Pattern NATIVE_LIBRARY = Pattern.compile("\\.(so|dll|dylib|jnilib)$");
    /** Jars (lib/groupId.artifactId-version.jar) of the libraries no function loads. */
    private static final Pattern UNUSED_LIBRARY = Pattern.compile("^lib/(modified-)?(com\\.aayushatharva\\.brotli4j\\."
            + "|org\\.apache\\.commons\\.commons-csv-|commons-io\\.commons-io-|commons-codec\\.commons-codec-)");

    @TestFactory
    Stream<DynamicTest> noZip_carriesANativeLibraryForAnotherCpu_orALibraryNoFunctionLoads() {
        Path root = RepositoryRoot.locate();
        SamTemplate template = SamTemplate.load(RepositoryRoot.template(root));
        List<String> cpuNames = cpuNames(template.globalsFunction().get("Architectures"));
        List<String> zips = template.functions().stream().map(SamFunction::codeUri)
                .filter(uri -> uri != null && uri.endsWith(".zip")).distinct().sorted().toList();
        assertThat(zips).as("CodeUris in template.yaml").isNotEmpty();
        return zips.stream().map(uri -> DynamicTest.dynamicTest(uri, () -> {
            Path zip = root.resolve(uri);
            assumeTrue(Files.isRegularFile(zip), uri + " has not been built");
            assertThat(nativeLibraries(zip)).as("native libraries in " + uri + " (functions run on " + cpuNames + ")")
                    .allSatisfy(library -> assertThat(cpuNames).anyMatch(library.toLowerCase(Locale.ROOT)::contains));
            assertThat(WorkerZipsAreLeanTest.entries(zip, UNUSED_LIBRARY)).as("unused libraries in " + uri).isEmpty();
        }));
    }

    @Test
    void theChecks_recogniseWhatWasRemoved() {
        assertThat(UNUSED_LIBRARY.matcher("lib/com.aayushatharva.brotli4j.native-linux-x86_64-1.23.0.jar").find()).isTrue();
        assertThat(UNUSED_LIBRARY.matcher("lib/com.aayushatharva.brotli4j.brotli4j-1.23.0.jar").find()).isTrue();
        assertThat(UNUSED_LIBRARY.matcher("lib/commons-io.commons-io-2.21.0.jar").find()).isTrue();
        assertThat(UNUSED_LIBRARY.matcher("lib/org.apache.commons.commons-csv-1.14.1.jar").find()).isTrue();
        assertThat(UNUSED_LIBRARY.matcher("lib/com.fasterxml.jackson.dataformat.jackson-dataformat-csv-2.21.2.jar").find())
                .isFalse();
        assertThat(NATIVE_LIBRARY.matcher("lib/linux-x86_64/libbrotli.so").find()).isTrue();
        assertThat(cpuNames(List.of("arm64"))).noneMatch("lib/linux-x86_64/libbrotli.so"::contains)
                .anyMatch("lib/linux-aarch64/libbrotli.so"::contains);
        assertThat(cpuNames(null)).anyMatch("lib/linux-x86_64/libbrotli.so"::contains);
    }

    /** How native libraries name the CPU of {@code Architectures} (SAM's default: x86_64). */
    static List<String> cpuNames(Object architectures) {
        boolean arm = architectures instanceof List<?> list && list.equals(List.of("arm64"));
        return arm ? List.of("aarch64", "arm64", "aarch_64") : List.of("x86_64", "x86-64", "amd64", "x64");
    }

    /** Native libraries in the zip, and in every jar inside it ({@code jar!/path}). */
    static List<String> nativeLibraries(Path zip) throws IOException {
        List<String> found = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                if (NATIVE_LIBRARY.matcher(entry.getName()).find()) {
                    found.add(entry.getName());
                } else if (entry.getName().endsWith(".jar")) {
                    try (var jar = new ZipInputStream(file.getInputStream(entry))) {
                        for (ZipEntry inner = jar.getNextEntry(); inner != null; inner = jar.getNextEntry()) {
                            if (NATIVE_LIBRARY.matcher(inner.getName()).find()) {
                                found.add(entry.getName() + "!/" + inner.getName());
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
