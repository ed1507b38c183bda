package cloud.citizen.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cloud.citizen.local.fixtures.FixtureFunctions;

/**
 * {@code --cpu-share lambda} through the whole launch path: where this machine lets the runner
 * create cgroups, the instance runs in its own quota group sized by its MemorySize (the fixture
 * has 256 MB) and the group goes with the platform; where it does not, the runner says why and the
 * instance runs as without the option.
 */
class LambdaCpuShareInstancesTest {

    @TempDir
    Path temp;

    @Test
    void instance_runsInAQuotaGroupOfItsMemorySize_orWithTheHostsCpuWhereNoneCanBeMade() throws IOException {
        List<String> explained = new ArrayList<>();
        boolean possible = CpuQuotaGroups.forLambdaShares(explained::add).map(groups -> {
            groups.close();
            return true;
        }).orElse(false);
        Optional<Path> group;
        try (LocalLambda lambda = new LocalLambda(List.of(FixtureFunctions.recording("Fixture", Duration.ofSeconds(10),
                temp.resolve("events.log"))), LocalLambda.Settings.defaults().withLambdaCpuShare(true),
                temp.resolve("logs"))) {
            long pid = LocalLambdaTest.success(lambda.invoke("Fixture", LocalLambdaTest.bytes("{}"))).get("pid")
                    .asLong();

            group = quotaGroupOf(pid);
            if (possible) {
                assertThat(group).isPresent();
                Path v2Quota = group.get().resolve("cpu.max");
                Path quota = Files.exists(v2Quota) ? v2Quota : group.get().resolve("cpu.cfs_quota_us");
                assertThat(Files.readString(quota)).startsWith("14471"); // 256 MB: 0.145 vCPU of 100 ms
                assertThat(ProcessHandle.of(pid).flatMap(process -> process.info().arguments()).orElseThrow())
                        .contains("-XX:ActiveProcessorCount=2");
            } else {
                assertThat(explained).singleElement().asString().contains("host's whole CPU");
                assertThat(group).isEmpty();
            }
        }
        group.ifPresent(path -> assertThat(path).doesNotExist());
    }

    /** The directory of the process's cgroup named by this runner, from /proc/<pid>/cgroup. */
    private static Optional<Path> quotaGroupOf(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "cgroup"))) {
            String[] fields = line.split(":", 3);
            if (fields[2].contains("/citizen-local-")) {
                Path v1 = CpuQuotaGroups.CGROUP_ROOT.resolve("cpu" + fields[2]);
                return Optional.of(fields[1].contains("cpu") && Files.isDirectory(v1) ? v1
                        : CpuQuotaGroups.CGROUP_ROOT.resolve(fields[2].substring(1)));
            }
        }
        return Optional.empty();
    }
}
