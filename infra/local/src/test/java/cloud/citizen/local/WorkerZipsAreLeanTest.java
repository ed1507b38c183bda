package cloud.citizen.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
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
 * framework jar or class and stay within {@link #LIMIT_BYTES}, and a worker that reads a secret must
 * find the Secrets Manager client in its zip (assembly.xml leaves it out by default). Zips that have not been built
 * (e.g. {@code -pl infra/local} alone) are skipped, reported as such, never passed.
 */
class WorkerZipsAreLeanTest {
    /** 15 MiB, for every worker zip: the HTTP functions' zips are 26–31 MB. */
    static final long LIMIT_BYTES = 15L * 1024 * 1024;
    /** The Secrets Manager client, which assembly.xml leaves out unless the module keeps it (worker.zip.keep). */
    private static final Pattern SECRETS_MANAGER = Pattern.compile("^lib/software\\.amazon\\.awssdk\\.secretsmanager-");
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
            assertThat(Files.size(zip)).as("size of " + uri).isLessThanOrEqualTo(LIMIT_BYTES);
        }));
    }

    /** Environment.secret reads a {@code <NAME>_SECRET} variable through Secrets Manager: such a worker needs the client. */
    @TestFactory
    Stream<DynamicTest> everyWorkerGivenASecret_runsFromAZipWithTheSecretsManagerClient() {
        Path root = RepositoryRoot.locate();
        List<SamFunction> withSecrets = SamTemplate.load(RepositoryRoot.template(root)).functions().stream()
                .filter(function -> function.codeUri() != null && function.codeUri().endsWith(WORKER_ZIP))
                .filter(function -> function.environment().keySet().stream().anyMatch(name -> name.endsWith("_SECRET")))
                .toList();
        assertThat(withSecrets).as("workers with a secret in template.yaml (bills' sandbox provider)").isNotEmpty();
        return withSecrets.stream().map(worker -> DynamicTest.dynamicTest(worker.logicalId(), () -> {
            Path zip = root.resolve(worker.codeUri());
            assumeTrue(Files.isRegularFile(zip), worker.codeUri() + " has not been built");
            assertThat(entries(zip, SECRETS_MANAGER)).as("Secrets Manager client in " + worker.codeUri()).isNotEmpty();
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
        return entries(zip, HTTP_STACK);
    }

    static List<String> entries(Path zip, Pattern pattern) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return Collections.list(file.entries()).stream().map(ZipEntry::getName)
                    .filter(name -> pattern.matcher(name).find()).toList();
        }
    }
}
