package cloud.citizen.local.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Gives each function instance Lambda's CPU share for its MemorySize ({@link LambdaCpuShare}): a
 * control group of its own with a CPU quota — cgroup v2 {@code cpu.max}, or v1
 * {@code cpu.cfs_quota_us} where the cpu controller is mounted on its own — under this runner's
 * group {@code citizen-local-<pid>-<n>}. The instance starts inside its group (a shell writes its own
 * pid into {@code cgroup.procs}, then execs the command), so the quota holds from the JVM's first
 * instruction on; the group goes when the instance exits, the runner's group on {@link #close}.
 * Needs write access to the cgroup file system (root, or a delegated subtree).
 */
public final class CpuQuotaGroups implements AutoCloseable {

    public static final Path CGROUP_ROOT = Path.of("/sys/fs/cgroup");
    private static final String RUNNER_PREFIX = "citizen-local-";
    /** A runner may hold several sets (the benchmark's pools beside its platform's). */
    private static final AtomicLong SETS = new AtomicLong();

    /** An instance's command, run inside its group, and that group (to {@link #release} after the instance exits). */
    public record Confined(List<String> command, Path group) {
    }

    private final Path base;
    private final boolean v2;
    private final long periodMicros;
    private final AtomicLong instances = new AtomicLong();

    private CpuQuotaGroups(Path base, boolean v2, long periodMicros) {
        this.base = base;
        this.v2 = v2;
        this.periodMicros = periodMicros;
    }

    /**
     * For {@code --cpu-share lambda}: the groups, or empty after telling {@code explain} why this machine
     * cannot confine instances (the functions then run with the host's whole CPU, as by default).
     */
    public static Optional<CpuQuotaGroups> forLambdaShares(Consumer<String> explain) {
        return forLambdaShares(CGROUP_ROOT, explain);
    }

    static Optional<CpuQuotaGroups> forLambdaShares(Path cgroupRoot, Consumer<String> explain) {
        try {
            return Optional.of(open(cgroupRoot, LambdaCpuShare.PERIOD_MICROS));
        } catch (IllegalStateException e) {
            explain.accept("--cpu-share lambda is not possible here: " + e.getMessage()
                    + "; every instance runs with the host's whole CPU (as without the option). It needs write"
                    + " access to a cgroup cpu controller (v2 cpu.max or v1 cpu.cfs_quota_us), e.g. as root.");
            return Optional.empty();
        }
    }

    /**
     * This runner's group under the cpu controller found below {@code cgroupRoot}, checked by moving
     * a probe process into a quota group; throws {@link IllegalStateException} saying why not.
     */
    public static CpuQuotaGroups open(Path cgroupRoot, long periodMicros) {
        boolean v2 = controllers(cgroupRoot).contains("cpu");
        Path controller = v2 ? cgroupRoot : cgroupRoot.resolve("cpu");
        if (!v2 && !Files.isRegularFile(controller.resolve("cpu.cfs_quota_us"))) {
            throw new IllegalStateException("no cgroup cpu controller under " + cgroupRoot
                    + " (neither v2 cpu.max nor v1 cpu.cfs_quota_us)");
        }
        removeLeftovers(controller);
        Path base = controller.resolve(RUNNER_PREFIX + ProcessHandle.current().pid() + "-" + SETS.incrementAndGet());
        try {
            if (v2) {
                write(cgroupRoot.resolve("cgroup.subtree_control"), "+cpu");
            }
            Files.createDirectories(base);
            if (v2) {
                write(base.resolve("cgroup.subtree_control"), "+cpu");
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("cannot create a cgroup under " + controller + ": " + e.getMessage(), e);
        }
        CpuQuotaGroups groups = new CpuQuotaGroups(base, v2, periodMicros);
        groups.probe();
        return groups;
    }

    /** The instance's command, started inside a new group limited to {@code memoryMb}'s share of CPU. */
    public Confined confine(String function, int memoryMb, List<String> command) {
        Path group = base.resolve(function + "-" + instances.incrementAndGet());
        try {
            Files.createDirectories(group);
            long quota = LambdaCpuShare.quotaMicros(memoryMb, periodMicros);
            if (v2) {
                write(group.resolve("cpu.max"), quota + " " + periodMicros);
            } else {
                write(group.resolve("cpu.cfs_period_us"), Long.toString(periodMicros));
                write(group.resolve("cpu.cfs_quota_us"), Long.toString(quota));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the CPU quota group " + group, e);
        }
        List<String> confined = new ArrayList<>(List.of("/bin/sh", "-c", "echo $$ > \"$0\" && exec \"$@\"",
                group.resolve("cgroup.procs").toString()));
        confined.addAll(command);
        return new Confined(confined, group);
    }

    /** Removes an instance's group once nothing runs in it (the kernel refuses before). */
    public void release(Path group) {
        remove(group);
    }

    @Override
    public void close() {
        try (DirectoryStream<Path> groups = Files.newDirectoryStream(base, Files::isDirectory)) {
            groups.forEach(CpuQuotaGroups::remove);
        } catch (IOException | UncheckedIOException e) {
            // already gone, or a group still busy: the next runner's start removes it
        }
        remove(base);
    }

    /** Fails early, with the reason, where a process cannot be moved into a quota group. */
    private void probe() {
        Confined confined = confine("probe", LambdaCpuShare.MB_PER_VCPU, List.of("true"));
        try {
            Process process = new ProcessBuilder(confined.command()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                close();
                throw new IllegalStateException("cannot move a process into " + confined.group() + ": " + output);
            }
        } catch (IOException e) {
            close();
            throw new IllegalStateException("cannot start a probe process: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while probing cgroups", e);
        } finally {
            release(confined.group());
        }
    }

    /** Groups of runners that died without closing theirs ({@code kill -9}). */
    private static void removeLeftovers(Path controller) {
        try (DirectoryStream<Path> runners = Files.newDirectoryStream(controller, RUNNER_PREFIX + "*")) {
            for (Path runner : runners) {
                String pid = runner.getFileName().toString().substring(RUNNER_PREFIX.length()).split("-")[0];
                if (!pid.isEmpty() && pid.chars().allMatch(Character::isDigit)
                        && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                    new CpuQuotaGroups(runner, false, 0).close();
                }
            }
        } catch (IOException e) {
            // nothing to tidy, or not readable: open() reports what matters
        }
    }

    private static String controllers(Path cgroupRoot) {
        try {
            return Files.readString(cgroupRoot.resolve("cgroup.controllers"));
        } catch (IOException e) {
            return "";
        }
    }

    private static void write(Path file, String value) throws IOException {
        Files.writeString(file, value);
    }

    private static void remove(Path group) {
        try {
            Files.deleteIfExists(group); // rmdir: a cgroup's control files go with it
        } catch (IOException e) {
            // still has a process (a descendant that outlived the instance) or not a cgroup file system
        }
    }
}
