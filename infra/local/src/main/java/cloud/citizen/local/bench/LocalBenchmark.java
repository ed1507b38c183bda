package cloud.citizen.local.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import cloud.citizen.emulator.FunctionEnvironment;
import cloud.citizen.emulator.RepositoryRoot;
import cloud.citizen.emulator.template.HttpRoute;
import cloud.citizen.emulator.template.SamFunction;
import cloud.citizen.local.Platform;
import cloud.citizen.local.PlatformOptions;
import cloud.citizen.local.lambda.ChildProcesses;
import cloud.citizen.local.lambda.FunctionCode;
import cloud.citizen.local.lambda.FunctionDefinition;
import cloud.citizen.local.lambda.FunctionInstance;
import cloud.citizen.local.lambda.FunctionLogs;
import cloud.citizen.local.lambda.FunctionPool;
import cloud.citizen.local.lambda.InstanceLauncher;
import cloud.citizen.local.lambda.InvocationResult;
import cloud.citizen.local.seed.DemoAccount;
import cloud.citizen.local.seed.LocalApiClient;

/**
 * {@code infra/bench-local}: per function, cold start (spawn -> first response, median of N fresh
 * instances), warm p50/p99 at a steady request rate (one warm instance, invoked through the
 * Runtime API, no gateway), and RSS of that warm instance; the same for the minimal Quarkus
 * lambda-http "hello" built with the same flags. JVM options and AppCDS can be tried as levers.
 */
public final class LocalBenchmark {

    private record Settings(int runs, int rate, int seconds, Set<String> functions, List<String> jvmOptions,
            boolean appCds, boolean hello) {
    }

    private record Result(String function, List<Long> coldMillis, double warmP50, double warmP99, long rssMb,
            int failures) {
    }

    private final PrintStream out = System.out;
    private final Settings settings;
    private final ExecutorService runtimeApi = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "bench-runtime-api");
        thread.setDaemon(true);
        return thread;
    });
    private final ChildProcesses processes = new ChildProcesses();

    private LocalBenchmark(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
        new LocalBenchmark(parse(args)).run();
    }

    private void run() throws Exception {
        Path root = RepositoryRoot.locate();
        Path data = Files.createTempDirectory("citizen-bench");
        out.println("starting the platform (demo accounts for tokens) in " + data + " ...");
        try (Platform platform = Platform.start(PlatformOptions.defaults(root).withPort(0).withDataDirectory(data))) {
            platform.stopEventSources(); // seeding needed the SMS queue; the measurements want a quiet machine
            String token = new LocalApiClient(platform.apiUrl()).post("/v1/auth/login", Map.of("phone",
                    DemoAccount.CITIZEN.phone(), "password", DemoAccount.CITIZEN.password()), Optional.empty())
                    .text("accessToken");
            platform.lambda().pool("AccountsFunction").stopAll(); // a quiet machine from here on
            Map<FunctionDefinition, Supplier<byte[]>> targets = targets(platform, token, data, root);
            FunctionLogs logs = new FunctionLogs(data.resolve("logs").resolve("bench"), false);
            out.printf("%n%d cold starts each, warm: %d req/s for %d s, JVM options %s%s%n%n", settings.runs(),
                    settings.rate(), settings.seconds(), settings.jvmOptions(), settings.appCds() ? " + AppCDS" : "");
            out.printf("%-34s %10s %10s %10s %10s %8s%n", "function", "cold p50", "cold min", "warm p50", "warm p99",
                    "RSS");
            for (var target : targets.entrySet()) {
                Result result = measure(target.getKey(), target.getValue(), logs, data);
                out.printf("%-34s %8d ms %8d ms %7.2f ms %7.2f ms %5d MB%s%n", result.function(),
                        median(result.coldMillis()), result.coldMillis().stream().min(Long::compare).orElse(0L),
                        result.warmP50(), result.warmP99(), result.rssMb(),
                        result.failures() > 0 ? "  (" + result.failures() + " failed calls)" : "");
            }
        } finally {
            processes.stopAll(Duration.ofSeconds(2));
        }
    }

    private Map<FunctionDefinition, Supplier<byte[]>> targets(Platform platform, String token, Path data, Path root) {
        Map<FunctionDefinition, Supplier<byte[]>> targets = new LinkedHashMap<>();
        for (SamFunction function : platform.stack().template().functions()) {
            if (!settings.functions().isEmpty() && !settings.functions().contains(function.logicalId())) {
                continue;
            }
            Probes.of(function, token).ifPresent(probe -> targets.put(
                    platform.lambda().pool(function.logicalId()).function(), probe));
        }
        if (settings.hello() && (settings.functions().isEmpty() || settings.functions().contains("HelloFunction"))) {
            targets.put(hello(platform, data, root), Probes.http(new HttpRoute("Hello", "GET", "/hello",
                    Optional.empty(), Optional.empty()), Optional.empty()));
        }
        return targets;
    }

    /** The reference function with the template's Globals (runtime, memory, timeout, JAVA_TOOL_OPTIONS...). */
    private static FunctionDefinition hello(Platform platform, Path data, Path root) {
        Map<String, Object> globals = platform.stack().template().globalsFunction();
        Map<String, String> environment = new LinkedHashMap<>();
        if (globals.get("Environment") instanceof Map<?, ?> env && env.get("Variables") instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> Optional.ofNullable(platform.stack().resolver().resolveString(value))
                    .ifPresent(resolved -> environment.put(String.valueOf(name), resolved)));
        }
        environment.putAll(FunctionEnvironment.awsVariables(platform.stack().endpoints()));
        Path zip = root.resolve("infra/local/hello/target/function.zip");
        return new FunctionDefinition("HelloFunction", FunctionCode.taskRoot(zip, data.resolve("functions/Hello")),
                String.valueOf(globals.getOrDefault("Handler", "")), String.valueOf(globals.getOrDefault("Runtime",
                        "java25")), Integer.parseInt(String.valueOf(globals.getOrDefault("MemorySize", "512"))),
                Duration.ofSeconds(Long.parseLong(String.valueOf(globals.getOrDefault("Timeout", "10")))), environment);
    }

    private Result measure(FunctionDefinition function, Supplier<byte[]> probe, FunctionLogs logs, Path data)
            throws Exception {
        List<String> options = new ArrayList<>(settings.jvmOptions());
        if (settings.appCds()) {
            Path archive = data.resolve("cds").resolve(function.name() + ".jsa");
            Files.createDirectories(archive.getParent());
            train(function, probe, logs, archive);
            if (Files.isRegularFile(archive)) {
                options.add("-XX:SharedArchiveFile=" + archive);
            }
        }
        List<Long> cold = new ArrayList<>();
        int failures = 0;
        for (int run = 0; run < settings.runs(); run++) {
            FunctionPool pool = pool(function, options, logs);
            long started = System.nanoTime();
            InvocationResult result = pool.invoke(probe.get(), Duration.ofSeconds(60));
            cold.add((System.nanoTime() - started) / 1_000_000);
            failures += result.succeeded() ? 0 : 1;
            pool.close();
        }
        FunctionPool pool = pool(function, options, logs);
        pool.invoke(probe.get(), Duration.ofSeconds(60));
        List<Double> warm = new ArrayList<>();
        long interval = TimeUnit.SECONDS.toNanos(1) / settings.rate();
        long next = System.nanoTime();
        for (int i = 0; i < settings.rate() * settings.seconds(); i++) {
            LockSupport.parkNanos(next - System.nanoTime()); // a steady rate, not back to back
            long started = System.nanoTime();
            InvocationResult result = pool.invoke(probe.get(), Duration.ofSeconds(60));
            warm.add((System.nanoTime() - started) / 1e6);
            failures += result.succeeded() ? 0 : 1;
            next += interval;
        }
        long rss = pool.instances().stream().findFirst().flatMap(FunctionInstance::rssKb).orElse(0L) / 1024;
        pool.close();
        warm.sort(Double::compare);
        return new Result(function.name(), cold, percentile(warm, 50), percentile(warm, 99), rss, failures);
    }

    /** A dynamic AppCDS archive written when a trained instance exits normally. */
    private void train(FunctionDefinition function, Supplier<byte[]> probe, FunctionLogs logs, Path archive) {
        List<String> options = new ArrayList<>(settings.jvmOptions());
        options.add("-XX:ArchiveClassesAtExit=" + archive);
        FunctionPool pool = pool(function, options, logs);
        for (int i = 0; i < 20; i++) {
            pool.invoke(probe.get(), Duration.ofSeconds(60));
        }
        for (FunctionInstance instance : pool.instances()) {
            instance.stop(false);
            instance.awaitExit(Duration.ofSeconds(60));
        }
        pool.close();
    }

    private FunctionPool pool(FunctionDefinition function, List<String> options, FunctionLogs logs) {
        return new FunctionPool(function, new InstanceLauncher(processes, options), runtimeApi, logs, 1,
                Duration.ofSeconds(60));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    private static double percentile(List<Double> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static Settings parse(String[] args) {
        int runs = 5;
        int rate = 20;
        int seconds = 15;
        Set<String> functions = new java.util.LinkedHashSet<>();
        List<String> jvmOptions = new ArrayList<>();
        boolean appCds = false;
        boolean hello = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--rate" -> rate = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--functions" -> functions.addAll(List.of(args[++i].split(",")));
                case "--jvm-option" -> jvmOptions.add(args[++i]);
                case "--appcds" -> appCds = true;
                case "--no-hello" -> hello = false;
                default -> throw new IllegalArgumentException("usage: infra/bench-local [--runs 5] [--rate 20] "
                        + "[--seconds 15] [--functions A,B] [--jvm-option OPT]... [--appcds] [--no-hello]");
            }
        }
        return new Settings(runs, rate, seconds, functions, jvmOptions, appCds, hello);
    }
}
