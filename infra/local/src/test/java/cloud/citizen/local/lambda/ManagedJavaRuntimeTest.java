package cloud.citizen.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cloud.citizen.local.fixtures.FixtureFunctions;

class ManagedJavaRuntimeTest {

    private static final FunctionDefinition FUNCTION = FixtureFunctions.recording("Fixture", Duration.ofSeconds(3),
            Path.of("events.log"));

    @Test
    void command_sizesTheJvmByMemorySize_asTheLambdaSandboxDoes() {
        List<String> command = ManagedJavaRuntime.command(FUNCTION, List.of());

        // without MaxRAM the JVM sized its initial heap and young generation by the host's memory
        assertThat(command).contains("-XX:MaxRAM=256m", "-XX:MaxHeapSize=222822k", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto");
    }

    @Test
    void command_withAnAotCache_leavesOutXshare_whichTheJvmRefusesNextToIt() {
        assertThat(ManagedJavaRuntime.command(FUNCTION, List.of("-XX:AOTCache=/tmp/f.aot")))
                .contains("-XX:AOTCache=/tmp/f.aot").doesNotContain("-Xshare:auto");
        assertThat(ManagedJavaRuntime.command(FUNCTION, List.of("-XX:AOTCacheOutput=/tmp/f.aot.training")))
                .doesNotContain("-Xshare:auto");
    }

    @Test
    void command_respectsTheFunctionsOwnGcAndCompilerChoice() {
        FunctionDefinition tuned = new FunctionDefinition("Tuned", FUNCTION.taskRoot(), FUNCTION.handler(), "java25",
                512, Duration.ofSeconds(3), Map.of("JAVA_TOOL_OPTIONS", "-XX:+UseParallelGC -XX:-TieredCompilation"));

        assertThat(ManagedJavaRuntime.command(tuned, List.of())).contains("-XX:MaxRAM=512m")
                .doesNotContain("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    }
}
