package cloud.citizen.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files {@code --cpu-share lambda} writes, on a directory tree laid out like a cgroup mount (the
 * kernel's side — that a quota slows the process — is what {@code infra/bench-local --cpu-share lambda}
 * shows; this test runs anywhere).
 */
class CpuQuotaGroupsTest {

    @TempDir
    Path root;

    @Test
    void v1_writesPeriodAndQuota_andTheInstanceStartsInsideItsGroup() throws Exception {
        Files.createDirectories(root.resolve("cpu"));
        Files.writeString(root.resolve("cpu/cpu.cfs_quota_us"), "-1");
        try (CpuQuotaGroups groups = CpuQuotaGroups.open(root, 100_000)) {
            CpuQuotaGroups.Confined confined = groups.confine("BillsFunction", 256, List.of("echo", "ran"));

            assertThat(confined.group().getParent().getParent()).isEqualTo(root.resolve("cpu"));
            assertThat(confined.group().getFileName().toString()).startsWith("BillsFunction-");
            assertThat(Files.readString(confined.group().resolve("cpu.cfs_quota_us"))).isEqualTo("14471");
            assertThat(Files.readString(confined.group().resolve("cpu.cfs_period_us"))).isEqualTo("100000");
            Process process = new ProcessBuilder(confined.command()).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).isZero();
            assertThat(output).isEqualTo("ran\n");
            assertThat(Files.readString(confined.group().resolve("cgroup.procs")).trim())
                    .isEqualTo(Long.toString(process.pid())); // the shell moved itself, then exec'd the command
        }
    }

    @Test
    void v2_enablesTheCpuControllerAndWritesCpuMax() throws IOException {
        Files.writeString(root.resolve("cgroup.controllers"), "cpuset cpu io memory pids\n");
        try (CpuQuotaGroups groups = CpuQuotaGroups.open(root, 100_000)) {
            CpuQuotaGroups.Confined confined = groups.confine("CatalogFunction", 512, List.of("true"));

            assertThat(Files.readString(root.resolve("cgroup.subtree_control"))).isEqualTo("+cpu");
            assertThat(Files.readString(confined.group().getParent().resolve("cgroup.subtree_control")))
                    .isEqualTo("+cpu");
            assertThat(Files.readString(confined.group().resolve("cpu.max"))).isEqualTo("28943 100000");
        }
    }

    @Test
    void withoutACpuController_saysWhyAndLeavesTheHostsCpu() {
        List<String> explained = new ArrayList<>();

        assertThat(CpuQuotaGroups.forLambdaShares(root, explained::add)).isEmpty();
        assertThat(explained).singleElement().asString().contains("no cgroup cpu controller", "host's whole CPU");
        assertThatThrownBy(() -> CpuQuotaGroups.open(root, 100_000)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void open_removesTheEmptyGroupsOfRunnersThatDied() throws IOException {
        Files.createDirectories(root.resolve("cpu"));
        Files.writeString(root.resolve("cpu/cpu.cfs_quota_us"), "-1");
        Path dead = Files.createDirectories(root.resolve("cpu/citizen-local-2147483646-1/AccountsFunction-3"));
        Path alive = Files.createDirectories(root.resolve("cpu/citizen-local-" + ProcessHandle.current().pid() + "-0"));

        try (CpuQuotaGroups groups = CpuQuotaGroups.open(root, 100_000)) {
            assertThat(dead.getParent()).doesNotExist();
            assertThat(alive).exists();
        }
    }
}
