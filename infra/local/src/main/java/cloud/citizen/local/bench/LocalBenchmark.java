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
import cloud.citizen.local.lambda.AotCache;
import cloud.citizen.local.lambda.ChildProcesses;
import cloud.citizen.local.lambda.CpuQuotaGroups;
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
 * lambda-http "hello" built with the same flags. JVM options, AppCDS, the JDK AOT cache ({@code --aot},
 * cold starts reported with and without it) and a smaller MemorySize ({@code --memory}) can be
 * tried as levers; HTTP functions are also measured through the local gateway, so that what the
 * gateway adds shows apart from the function.
 */
public final class LocalBenchmark {

    /** What one function is probed with: the event, and for HTTP functions the route (for the gateway). */
    private record Target(FunctionDefinition function, Supplier<byte[]> probe, Optional<HttpRoute> route) {
    }

    private final PrintStream out = System.out;
    private final BenchSettings settings;
    private final ExecutorService runtimeApi = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "bench-runtime-api");
        thread.setDaemon(true);
        return thread;
    });
    private final ChildProcesses processes = new ChildProcesses();
    private final Optional<CpuQuotaGroups> cpuShare;

    private LocalBenchmark(BenchSettings settings) {
        this.settings = settings;
        this.cpuShare = settings.lambdaCpuShare() ? CpuQuotaGroups.forLambdaShares(out::println) : Optional.empty();
    }

    public static void main(String[] args) throws Exception {
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
        new LocalBenchmark(BenchSettings.parse(args)).run();
    }

    private void run() throws Exception {
        Path root = RepositoryRoot.locate();
        Path data = Files.createTempDirectory("citizen-bench");
        out.println("starting the platform (demo accounts for tokens) in " + data + " ...");
        // the platform (tokens, demo data, the gateway rows) keeps the host's CPU: seeding at Lambda's shares
        // would cost minutes of cold starts; the measured instances below get the shares
        try (Platform platform = Platform.start(PlatformOptions.defaults(root).withPort(0).withDataDirectory(data))) {
            platform.stopEventSources(); // seeding needed the SMS queue; the measurements want a quiet machine
            String token = new LocalApiClient(platform.apiUrl()).post("/v1/auth/login", Map.of("phone",
                    DemoAccount.CITIZEN.phone(), "password", DemoAccount.CITIZEN.password()), Optional.empty())
                    .text("accessToken");
            platform.lambda().pool("AccountsFunction").stopAll(); // a quiet machine from here on
            List<Target> targets = targets(platform, token, data, root);
            FunctionLogs logs = new FunctionLogs(data.resolve("logs").resolve("bench"), false);
            GatewayLatency gateway = new GatewayLatency(platform.apiUrl(), token);
            out.printf("%n%s%s%n", settings.describe(), settings.lambdaCpuShare() && cpuShare.isEmpty()
                    ? " (not possible here: the host's whole CPU)" : "");
            Map<Integer, Reference> references = references(targets, logs);
            List<BenchResult> results = new ArrayList<>();
            for (Target target : targets) {
                BenchResult result = measure(target, logs, data, referenceFor(target, references));
                if (settings.gateway() && target.route().isPresent() && platform.lambda().has(target.function().name())) {
                    result = result.withGateway(gateway.measure(target.route().get(), settings.rate(),
                            Duration.ofSeconds(settings.warmUpSeconds()), settings.seconds()));
                    platform.lambda().pool(target.function().name()).stopAll();
                }
                results.add(result);
                out.printf("  measured %s at %d MB%s: cold p50 %d ms, 1st call %d ms, warm p50 %.2f / p99 %.2f ms, RSS %d MB%n",
                        result.function(), result.memoryMb(), target.route().map(route -> " with " + route.routeKey())
                                .orElse(""), result.cold().median(), BenchResult.median(result.firstCallMillis()),
                        result.warm().steady().percentile(50), result.warm().steady().percentile(99),
                        result.rssMb()); // kept if a long run is cut short
            }
            new ResultTable(results, settings.aot()).print(out);
        } finally {
            processes.stopAll(Duration.ofSeconds(2));
            cpuShare.ifPresent(CpuQuotaGroups::close);
            FunctionCode.deleteUnpacked(Platform.unpackedFunctions(data));
            out.println("logs kept in " + data.resolve("logs") + " (unpacked functions deleted)");
        }
    }

    private List<Target> targets(Platform platform, String token, Path data, Path root) {
        List<Target> targets = new ArrayList<>();
        for (SamFunction function : platform.stack().template().functions()) {
            if (settings.wants(function.logicalId())) {
                probe(function, token).ifPresent(probe -> sized(platform.lambda().pool(function.logicalId())
                        .function()).forEach(sized -> targets.add(new Target(sized, probe, probedRoute(function)))));
            }
        }
        if (settings.hello() && settings.wants("HelloFunction")) {
            sized(hello(platform, data, root)).forEach(sized -> targets.add(new Target(sized, Probes.http(
                    new HttpRoute("Hello", "GET", "/hello", Optional.empty(), Optional.empty()), Optional.empty()),
                    Optional.empty())));
        }
        return targets;
    }

    /** The route of the {@code --probe} given for the function (a GET only: the gateway row sends GETs), else its first GET. */
    private Optional<HttpRoute> probedRoute(SamFunction function) {
        String spec = settings.probes().get(function.logicalId());
        return spec == null ? Probes.route(function)
                : Probes.customRoute(function, spec).filter(route -> route.method().equals("GET"));
    }

    /** The {@code --probe} given for the function, else its default probe. */
    private Optional<Supplier<byte[]>> probe(SamFunction function, String token) {
        String spec = settings.probes().get(function.logicalId());
        if (spec == null) {
            return Probes.of(function, token);
        }
        return Optional.of(Probes.custom(function, spec, token).orElseThrow(() -> new IllegalArgumentException(
                "no route '" + spec + "' in " + function.logicalId())));
    }

    /** With {@code --memory}: the function as Lambda would run it at each of those MemorySizes (heap 85% of it). */
    private List<FunctionDefinition> sized(FunctionDefinition function) {
        return settings.memorySizes().isEmpty() ? List.of(function) : settings.memorySizes().stream()
                .map(memoryMb -> new FunctionDefinition(function.name(), function.taskRoot(), function.handler(),
                        function.runtime(), memoryMb, function.timeout(), function.environment()))
                .toList();
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
        return new FunctionDefinition("HelloFunction", FunctionCode.taskRoot(zip, Platform.unpackedFunctions(data).resolve("Hello")),
                String.valueOf(globals.getOrDefault("Handler", "")), String.valueOf(globals.getOrDefault("Runtime",
                        "java25")), Integer.parseInt(String.valueOf(globals.getOrDefault("MemorySize", "512"))),
                Duration.ofSeconds(Long.parseLong(String.valueOf(globals.getOrDefault("Timeout", "10")))), environment);
    }

    /** The hello reference each cold start is paired with (its AOT cache trained first with {@code --aot}). */
    private record Reference(FunctionDefinition function, Supplier<byte[]> probe, Optional<AotCache> cache) {
    }

    /** One reference per MemorySize measured (the same CPU share with {@code --cpu-share lambda}). */
    private Map<Integer, Reference> references(List<Target> targets, FunctionLogs logs) {
        Map<Integer, Reference> references = new LinkedHashMap<>();
        if (settings.appCds() || targets.size() < 2) {
            return references; // AppCDS archives are per function: pairs would compare unlike starts
        }
        targets.stream().filter(target -> target.function().name().equals("HelloFunction")).forEach(hello -> {
            Optional<AotCache> cache = settings.aot() ? AotCache.of(hello.function(), settings.jvmOptions())
                    : Optional.empty();
            if (settings.aot()) {
                trainAotCache(hello.function(), hello.probe(), settings.jvmOptions(), cache, logs);
            }
            references.put(hello.function().memoryMb(), new Reference(hello.function(), hello.probe(),
                    cache.filter(AotCache::isReady)));
        });
        return references;
    }

    /** Hello at the target's MemorySize, else at any; none for hello itself. */
    private static Optional<Reference> referenceFor(Target target, Map<Integer, Reference> references) {
        if (target.function().name().equals("HelloFunction")) {
            return Optional.empty();
        }
        return Optional.ofNullable(references.get(target.function().memoryMb()))
                .or(() -> references.values().stream().findFirst());
    }

    private BenchResult measure(Target target, FunctionLogs logs, Path data, Optional<Reference> reference)
            throws Exception {
        FunctionDefinition function = target.function();
        List<String> options = new ArrayList<>(settings.jvmOptions());
        if (settings.appCds()) {
            Path archive = data.resolve("cds").resolve(function.name() + ".jsa");
            Files.createDirectories(archive.getParent());
            trainAppCds(function, target.probe(), logs, archive);
            if (Files.isRegularFile(archive)) {
                options.add("-XX:SharedArchiveFile=" + archive);
            }
        }
        int[] failures = {0};
        List<Long> firstCalls = new ArrayList<>();
        ColdStarts cold = coldStarts(function, target.probe(), options, Optional.empty(), logs, failures, firstCalls,
                reference.map(hello -> new Reference(hello.function(), hello.probe(), Optional.empty())));
        ColdStarts aotCold = ColdStarts.NONE;
        long aotCacheMb = 0;
        if (settings.aot()) {
            Optional<AotCache> cache = AotCache.of(function, options);
            trainAotCache(function, target.probe(), options, cache, logs);
            aotCacheMb = cache.filter(AotCache::isReady).map(ready -> ready.file().toFile().length() >> 20).orElse(0L);
            aotCold = coldStarts(function, target.probe(), options, cache.filter(AotCache::isReady), logs, failures,
                    new ArrayList<>(), reference.filter(hello -> hello.cache().isPresent()));
        }
        FunctionPool pool = pool(function, options, Optional.empty(), logs);
        pool.invoke(target.probe().get(), Duration.ofSeconds(60));
        SteadyRate.Phases warm = SteadyRate.run(settings.rate(), Duration.ofSeconds(settings.warmUpSeconds()),
                settings.seconds(), target.probe(), probe -> pool.invoke(probe, Duration.ofSeconds(60)).succeeded());
        long rss = pool.instances().stream().findFirst().flatMap(FunctionInstance::rssKb).orElse(0L) / 1024;
        pool.close();
        return new BenchResult(function.name(), function.memoryMb(), cold, firstCalls, aotCold, aotCacheMb, warm,
                Optional.empty(), rss, failures[0] + warm.warmUp().failures() + warm.steady().failures());
    }

    /**
     * N fresh starts, each followed by one of the reference (when given) for a paired ratio.
     * @param firstCalls gets each run's time after init (first {@code /next} -> response)
     */
    private ColdStarts coldStarts(FunctionDefinition function, Supplier<byte[]> probe, List<String> options,
            Optional<AotCache> cache, FunctionLogs logs, int[] failures, List<Long> firstCalls,
            Optional<Reference> reference) {
        List<Long> cold = new ArrayList<>();
        List<Long> referenceCold = new ArrayList<>();
        for (int run = 0; run < settings.runs(); run++) {
            cold.add(coldStart(function, probe, options, cache, logs, failures, firstCalls));
            reference.ifPresent(hello -> referenceCold.add(coldStart(hello.function(), hello.probe(),
                    settings.jvmOptions(), hello.cache(), logs, failures, new ArrayList<>())));
        }
        return new ColdStarts(cold, referenceCold);
    }

    private long coldStart(FunctionDefinition function, Supplier<byte[]> probe, List<String> options,
            Optional<AotCache> cache, FunctionLogs logs, int[] failures, List<Long> firstCalls) {
        FunctionPool pool = pool(function, options, cache, logs);
        long started = System.nanoTime();
        InvocationResult result = pool.invoke(probe.get(), Duration.ofSeconds(60));
        long millis = (System.nanoTime() - started) / 1_000_000;
        pool.instances().stream().findFirst().filter(FunctionInstance::isReady)
                .ifPresent(instance -> firstCalls.add(millis - instance.initDuration().toMillis()));
        failures[0] += result.succeeded() ? 0 : 1;
        pool.close();
        return millis;
    }

    /** The first instance trains the cache on real probes; the pool has it written after the 10th (see FunctionPool). */
    private void trainAotCache(FunctionDefinition function, Supplier<byte[]> probe, List<String> options,
            Optional<AotCache> cache, FunctionLogs logs) {
        FunctionPool pool = pool(function, options, cache, logs);
        for (int i = 0; i < FunctionPool.AOT_TRAINING_EVENTS; i++) {
            pool.invoke(probe.get(), Duration.ofSeconds(60));
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (cache.map(AotCache::isTraining).orElse(false) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
        pool.close();
    }

    /** A dynamic AppCDS archive written when a trained instance exits normally. */
    private void trainAppCds(FunctionDefinition function, Supplier<byte[]> probe, FunctionLogs logs, Path archive) {
        List<String> options = new ArrayList<>(settings.jvmOptions());
        options.add("-XX:ArchiveClassesAtExit=" + archive);
        FunctionPool pool = pool(function, options, Optional.empty(), logs);
        for (int i = 0; i < 20; i++) {
            pool.invoke(probe.get(), Duration.ofSeconds(60));
        }
        for (FunctionInstance instance : pool.instances()) {
            instance.stop(false);
            instance.awaitExit(Duration.ofSeconds(60));
        }
        pool.close();
    }

    private FunctionPool pool(FunctionDefinition function, List<String> options, Optional<AotCache> cache,
            FunctionLogs logs) {
        return new FunctionPool(function, new InstanceLauncher(processes, options, cpuShare), runtimeApi, logs, 1,
                Duration.ofSeconds(60), cache);
    }
}
