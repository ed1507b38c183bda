package cloud.citizen.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cloud.citizen.local.lambda.LocalLambda;

/**
 * How to run the platform. {@code templateFile} defaults to the repository's template.yaml;
 * CodeUri values resolve against {@code repositoryRoot} either way.
 */
public record PlatformOptions(int port, String bindAddress, Path dataDirectory, Path repositoryRoot,
        Optional<Path> templateFile, Map<String, String> parameterOverrides, LocalLambda.Settings lambda,
        boolean buildMissing, boolean seed, boolean eventSources, Duration s3PollInterval,
        List<Duration> asyncRetryDelays) {

    public static final String USAGE = """
            usage: infra/run-local [options]
              --port N               API port (default 3000; 0 = any free port)
              --bind ADDRESS         listen address (default 127.0.0.1; 0.0.0.0 for a phone on the LAN)
              --data-dir DIR         tables, objects, secrets, SMS log and logs (default .local-data)
              --template FILE        another SAM template (CodeUri still relative to the repository)
              --parameter K=V        template parameter override (repeatable)
              --max-concurrency N    instances per function (default 4)
              --idle-timeout SEC     stop instances idle this long (default 300)
              --init-timeout SEC     limit for a cold start (default 30; Lambda's is 10)
              --jvm-option OPT       extra JVM option for function instances (repeatable)
              --aot                  train a JDK AOT cache per function on its first instance, start later ones from it
              --cpu-share lambda     give each instance Lambda's CPU share for its MemorySize (1,769 MB = 1 vCPU;
                                     cgroup CPU quota, needs root) instead of the host's whole CPU (default: host)
              --function-logs        echo function output on this console (always in <data-dir>/logs/functions)
              --no-build             do not package missing function zips
              --no-seed              do not create the demo data
            """;

    public PlatformOptions {
        parameterOverrides = Map.copyOf(parameterOverrides);
        asyncRetryDelays = List.copyOf(asyncRetryDelays);
    }

    public static PlatformOptions defaults(Path repositoryRoot) {
        return new PlatformOptions(3000, "127.0.0.1", repositoryRoot.resolve(".local-data"), repositoryRoot,
                Optional.empty(), Map.of(), LocalLambda.Settings.defaults(), true, true, true, Duration.ofSeconds(1),
                List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)));
    }

    public static PlatformOptions parse(String[] args, Path repositoryRoot) {
        PlatformOptions options = defaults(repositoryRoot);
        LocalLambda.Settings lambda = options.lambda();
        Map<String, String> parameters = new LinkedHashMap<>();
        List<String> jvmOptions = new ArrayList<>();
        int port = options.port();
        String bind = options.bindAddress();
        Path dataDirectory = options.dataDirectory();
        Optional<Path> template = Optional.empty();
        int maxConcurrency = lambda.maxConcurrency();
        Duration idle = lambda.idleTimeout();
        Duration init = lambda.initTimeout();
        boolean echo = false;
        boolean build = true;
        boolean seed = true;
        boolean aot = false;
        boolean lambdaCpuShare = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> port = Integer.parseInt(value(args, ++i, arg));
                case "--bind" -> bind = value(args, ++i, arg);
                case "--data-dir" -> dataDirectory = Path.of(value(args, ++i, arg)).toAbsolutePath();
                case "--template" -> template = Optional.of(Path.of(value(args, ++i, arg)).toAbsolutePath());
                case "--parameter" -> {
                    String pair = value(args, ++i, arg);
                    int equals = pair.indexOf('=');
                    if (equals < 1) {
                        throw new IllegalArgumentException("--parameter needs NAME=VALUE, not " + pair);
                    }
                    parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
                case "--max-concurrency" -> maxConcurrency = Integer.parseInt(value(args, ++i, arg));
                case "--idle-timeout" -> idle = Duration.ofSeconds(Long.parseLong(value(args, ++i, arg)));
                case "--init-timeout" -> init = Duration.ofSeconds(Long.parseLong(value(args, ++i, arg)));
                case "--jvm-option" -> jvmOptions.add(value(args, ++i, arg));
                case "--function-logs" -> echo = true;
                case "--aot" -> aot = true;
                case "--cpu-share" -> lambdaCpuShare = cpuShare(value(args, ++i, arg));
                case "--no-build" -> build = false;
                case "--no-seed" -> seed = false;
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
        return new PlatformOptions(port, bind, dataDirectory, repositoryRoot, template, parameters,
                new LocalLambda.Settings(maxConcurrency, idle, init, jvmOptions, echo, aot, lambdaCpuShare), build, seed,
                true,
                options.s3PollInterval(), options.asyncRetryDelays());
    }

    /** {@code lambda}: Lambda's share per MemorySize; {@code host}: the whole machine (the default). */
    public static boolean cpuShare(String value) {
        return switch (value) {
            case "lambda" -> true;
            case "host" -> false;
            default -> throw new IllegalArgumentException("--cpu-share is lambda or host, not " + value + "\n" + USAGE);
        };
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[index];
    }

    public PlatformOptions withPort(int newPort) {
        return new PlatformOptions(newPort, bindAddress, dataDirectory, repositoryRoot, templateFile, parameterOverrides,
                lambda, buildMissing, seed, eventSources, s3PollInterval, asyncRetryDelays);
    }

    public PlatformOptions withDataDirectory(Path directory) {
        return new PlatformOptions(port, bindAddress, directory, repositoryRoot, templateFile, parameterOverrides,
                lambda, buildMissing, seed, eventSources, s3PollInterval, asyncRetryDelays);
    }

    public PlatformOptions withTemplate(Path file) {
        return new PlatformOptions(port, bindAddress, dataDirectory, repositoryRoot, Optional.of(file),
                parameterOverrides, lambda, buildMissing, seed, eventSources, s3PollInterval, asyncRetryDelays);
    }

    public PlatformOptions withSeed(boolean seedDemoData) {
        return new PlatformOptions(port, bindAddress, dataDirectory, repositoryRoot, templateFile, parameterOverrides,
                lambda, buildMissing, seedDemoData, eventSources, s3PollInterval, asyncRetryDelays);
    }

    /** Without schedules, queue pollers and bucket watchers (benchmarks want a quiet machine). */
    public PlatformOptions withoutEventSources() {
        return new PlatformOptions(port, bindAddress, dataDirectory, repositoryRoot, templateFile, parameterOverrides,
                lambda, buildMissing, seed, false, s3PollInterval, asyncRetryDelays);
    }

    public PlatformOptions withLambda(LocalLambda.Settings settings) {
        return new PlatformOptions(port, bindAddress, dataDirectory, repositoryRoot, templateFile, parameterOverrides,
                settings, buildMissing, seed, eventSources, s3PollInterval, asyncRetryDelays);
    }
}
