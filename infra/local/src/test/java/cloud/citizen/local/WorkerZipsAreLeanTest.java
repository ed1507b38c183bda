package cloud.citizen.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import cloud.citizen.emulator.RepositoryRoot;
import cloud.citizen.emulator.template.SamFunction;
import cloud.citizen.emulator.template.SamTemplate;

/**
 * Queue, schedule and S3 workers are plain handler classes: Quarkus never starts in them, so they
 * ship in their module's {@code target/worker.zip} (functions/worker-zip/assembly.xml) without the
 * HTTP stack, which would only make the zip bigger and the cold start slower. template.yaml must
 * point every function without HTTP routes at a worker zip, and each worker zip must hold no
 * framework jar or class and stay within {@link #LIMIT_BYTES}. Zips that have not been built
 * (e.g. {@code -pl infra/local} alone) are skipped, reported as such, never passed.
 */
class WorkerZipsAreLeanTest {
    /** 15 MiB: the HTTP functions' zips are 26–31 MiB. */
    static final long LIMIT_BYTES = 15L * 1024 * 1024;
    /**
     * Over the target, and by how much at most: their workers need the S3 SDK (4.4 MB) beside
     * DynamoDB's (3 MB) and, for stats, DataSketches (1 MB), for surveys commons-csv with commons-io
     * and -codec (1 MB; Jackson's CSV module would bring it under, as it did for bills). Listed
     * here so that the excess is visible and cannot grow.
     */
    static final Map<String, Long> OVER_THE_TARGET = Map.of(
            "functions/stats/target/worker.zip", 16L * 1024 * 1024,
            "functions/surveys/target/worker.zip", 16L * 1024 * 1024);
    private static final String WORKER_ZIP = "/target/worker.zip";
    /** Jars (lib/, legacy-jar names groupId.artifactId-version.jar) and classes of the HTTP stack. */
    private static final Pattern HTTP_STACK = Pattern.compile("^(lib/(modified-)?(io\\.quarkus|io\\.vertx|io\\.netty"
            + "|io\\.smallrye|org\\.jboss\\.resteasy|org\\.jboss\\.logmanager|org\\.jboss\\.threads"
            + "|org\\.eclipse\\.microprofile|jakarta\\.ws\\.rs|jakarta\\.enterprise|jakarta\\.inject)[.-]"
            + "|(io/quarkus|io/vertx|io/netty|io/smallrye|org/jboss/resteasy)/)");

    @Test
    void everyFunctionWithoutHttpRoutes_runsFromItsModulesWorkerZip() {
        List<SamFunction> functions = SamTemplate.load(RepositoryRoot.template(RepositoryRoot.locate())).functions();
        List<SamFunction> workers = functions.stream().filter(function -> function.httpRoutes().isEmpty()
                && function.handler() != null && function.handler().startsWith("cloud.citizen.")).toList();

        assertThat(workers).as("queue, schedule and S3 workers in template.yaml").hasSizeGreaterThan(10);
        assertThat(workers).allSatisfy(worker -> assertThat(worker.codeUri()).as(worker.logicalId())
                .startsWith("functions/").endsWith(WORKER_ZIP));
        assertThat(functions).filteredOn(function -> !function.httpRoutes().isEmpty())
                .allSatisfy(http -> assertThat(http.codeUri()).as(http.logicalId()).doesNotEndWith(WORKER_ZIP));
    }

    @TestFactory
    Stream<DynamicTest> everyWorkerZip_holdsNoHttpStack_andStaysWithinTheLimit() {
        Path root = RepositoryRoot.locate();
        List<String> zips = SamTemplate.load(RepositoryRoot.template(root)).functions().stream()
                .map(SamFunction::codeUri).filter(uri -> uri != null && uri.endsWith(WORKER_ZIP)).distinct().sorted()
                .toList();
        assertThat(zips).as("worker zips in template.yaml").isNotEmpty();
        return zips.stream().map(uri -> DynamicTest.dynamicTest(uri, () -> {
            Path zip = root.resolve(uri);
            assumeTrue(Files.isRegularFile(zip), uri + " has not been built");
            assertThat(httpStackEntries(zip)).as("HTTP stack in " + uri).isEmpty();
            assertThat(Files.size(zip)).as("size of " + uri)
                    .isLessThanOrEqualTo(OVER_THE_TARGET.getOrDefault(uri, LIMIT_BYTES));
        }));
    }

    @Test
    void theCheck_recognisesTheHttpStack() {
        assertThat(HTTP_STACK.matcher("lib/io.quarkus.quarkus-core-3.33.2.jar").find()).isTrue();
        assertThat(HTTP_STACK.matcher("lib/modified-io.vertx.vertx-core-4.5.24.jar").find()).isTrue();
        assertThat(HTTP_STACK.matcher("lib/io.netty.netty-codec-http-4.1.130.Final.jar").find()).isTrue();
        assertThat(HTTP_STACK.matcher("lib/io.smallrye.config.smallrye-config-3.15.1.jar").find()).isTrue();
        assertThat(HTTP_STACK.matcher("lib/jakarta.ws.rs.jakarta.ws.rs-api-3.1.0.jar").find()).isTrue();
        assertThat(HTTP_STACK.matcher("io/quarkus/runner/ApplicationImpl.class").find()).isTrue();
        assertThat(HTTP_STACK.matcher("lib/software.amazon.awssdk.dynamodb-2.57.8.jar").find()).isFalse();
        assertThat(HTTP_STACK.matcher("lib/org.jboss.logging.jboss-logging-3.6.2.Final.jar").find()).isFalse();
        assertThat(HTTP_STACK.matcher("cloud/citizen/bills/events/BillImportHandler.class").find()).isFalse();
    }

    static List<String> httpStackEntries(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return Collections.list(file.entries()).stream().map(ZipEntry::getName)
                    .filter(name -> HTTP_STACK.matcher(name).find()).toList();
        }
    }
}
