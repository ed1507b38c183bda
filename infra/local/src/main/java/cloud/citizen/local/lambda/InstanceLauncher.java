package cloud.citizen.local.lambda;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the process of one instance: the command (managed Java runtime or custom runtime
 * {@code bootstrap}), working directory = task root, and a clean environment like Lambda's:
 * the reserved variables plus the template's resolved ones, nothing inherited but PATH.
 */
public final class InstanceLauncher {

    private final ChildProcesses processes;
    private final List<String> extraJvmOptions;
    private final Optional<CpuQuotaGroups> cpuShare;

    public InstanceLauncher(ChildProcesses processes, List<String> extraJvmOptions) {
        this(processes, extraJvmOptions, Optional.empty());
    }

    /** @param cpuShare with groups, each instance gets Lambda's CPU share for its MemorySize ({@code --cpu-share lambda}) */
    public InstanceLauncher(ChildProcesses processes, List<String> extraJvmOptions, Optional<CpuQuotaGroups> cpuShare) {
        this.processes = processes;
        this.extraJvmOptions = List.copyOf(extraJvmOptions);
        this.cpuShare = cpuShare;
    }

    public Process launch(FunctionDefinition function, String runtimeApi, String logStream) {
        return launch(function, runtimeApi, logStream, List.of());
    }

    /** @param instanceJvmOptions options for this instance only (its AOT cache), after the platform's */
    public Process launch(FunctionDefinition function, String runtimeApi, String logStream,
            List<String> instanceJvmOptions) {
        List<String> jvmOptions = new ArrayList<>();
        // a JVM inside a quota group would count ceil(quota / period) = 1 processor; a sandbox shows 2
        cpuShare.ifPresent(groups -> jvmOptions.add("-XX:ActiveProcessorCount="
                + LambdaCpuShare.visibleVcpus(function.memoryMb())));
        jvmOptions.addAll(extraJvmOptions);
        jvmOptions.addAll(instanceJvmOptions);
        List<String> command = function.isCustomRuntime()
                ? List.of(function.taskRoot().resolve("bootstrap").toString())
                : ManagedJavaRuntime.command(function, jvmOptions);
        Optional<CpuQuotaGroups.Confined> confined = cpuShare.map(groups -> groups.confine(function.name(),
                function.memoryMb(), command));
        ProcessBuilder builder = new ProcessBuilder(confined.map(CpuQuotaGroups.Confined::command).orElse(command))
                .directory(function.taskRoot().toFile());
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.putAll(environmentOf(function, runtimeApi, logStream));
        Process process = processes.start(builder);
        confined.ifPresent(group -> process.onExit().thenRun(() -> cpuShare.get().release(group.group())));
        return process;
    }

    static Map<String, String> environmentOf(FunctionDefinition function, String runtimeApi, String logStream) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin"));
        environment.put("LANG", "en_US.UTF-8");
        environment.put("TZ", ":UTC");
        environment.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + function.runtime());
        environment.put("AWS_LAMBDA_FUNCTION_NAME", function.name());
        environment.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memoryMb()));
        environment.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + function.name());
        environment.put("AWS_LAMBDA_LOG_STREAM_NAME", logStream);
        environment.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        environment.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        environment.put("LAMBDA_TASK_ROOT", function.taskRoot().toString());
        environment.put("LAMBDA_RUNTIME_DIR", function.taskRoot().toString());
        environment.put("_HANDLER", function.handler());
        environment.putAll(function.environment());
        return environment;
    }

    static String logStreamName(String instanceId) {
        return LocalDate.now(ZoneOffset.UTC).toString().replace('-', '/') + "/[$LATEST]" + instanceId;
    }
}
