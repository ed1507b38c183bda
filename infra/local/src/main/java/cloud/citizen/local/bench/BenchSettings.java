package cloud.citizen.local.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cloud.citizen.local.PlatformOptions;

/** The options of {@code infra/bench-local}. */
record BenchSettings(int runs, int rate, int warmUpSeconds, int seconds, Set<String> functions, List<String> jvmOptions,
        boolean appCds, boolean aot, List<Integer> memorySizes, boolean hello, boolean gateway, boolean lambdaCpuShare,
        Map<String, String> probes) {

    static final String USAGE = """
            usage: infra/bench-local [options]
              --runs N            cold starts per function (default 5)
              --rate N            warm requests per second (default 20)
              --warm-up N         seconds at --rate before the warm phase, reported apart (default 10)
              --seconds N         length of the warm phase (default 15)
              --functions A,B     only these functions (logical ids; HelloFunction = the reference)
              --jvm-option OPT    extra JVM option for every instance (repeatable)
              --aot               also train a JDK AOT cache per function and measure cold starts with it
              --appcds            use a dynamic AppCDS archive for the cold starts (JDK 17 lever)
              --memory MB[,MB]    run every function with this MemorySize instead of the template's; with
                                  several, each function is measured at each size, one after the other
              --probe F='M /path [body]'  probe function F with this request instead of its first GET (repeatable)
              --cpu-share lambda  give each instance Lambda's CPU share for its MemorySize (1,769 MB = 1 vCPU)
              --no-gateway        skip the measurement through the local gateway
              --no-hello          skip the bare lambda-http reference""";

    boolean wants(String function) {
        return functions.isEmpty() || functions.contains(function);
    }

    String describe() {
        List<String> levers = new ArrayList<>();
        levers.add(jvmOptions.isEmpty() ? "no extra JVM options" : "JVM options " + jvmOptions);
        if (appCds) {
            levers.add("AppCDS");
        }
        if (!memorySizes.isEmpty()) {
            levers.add("MemorySize " + memorySizes + " MB for every function");
        }
        levers.add(lambdaCpuShare ? "CPU: Lambda's share per MemorySize (cgroup quota, 1,769 MB = 1 vCPU)"
                : "CPU: the host's, whole");
        return String.format("%d cold starts each%s, warm: %d req/s for %d s after a %d s warm-up; %s", runs,
                aot ? " without and with the AOT cache" : "", rate, seconds, warmUpSeconds, String.join(", ", levers));
    }

    static BenchSettings parse(String[] args) {
        BenchSettings settings = new BenchSettings(5, 20, 10, 15, new LinkedHashSet<>(), new ArrayList<>(), false, false,
                new ArrayList<>(), true, true, false, new LinkedHashMap<>());
        for (int i = 0; i < args.length; i++) {
            settings = settings.with(args, i);
            if (takesValue(args[i])) {
                i++;
            }
        }
        return settings;
    }

    private static boolean takesValue(String option) {
        return List.of("--runs", "--rate", "--warm-up", "--seconds", "--functions", "--jvm-option", "--memory", "--cpu-share", "--probe")
                .contains(option);
    }

    private BenchSettings with(String[] args, int i) {
        String option = args[i];
        if (takesValue(option) && i + 1 >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return switch (option) {
            case "--runs" -> new BenchSettings(Integer.parseInt(args[i + 1]), rate, warmUpSeconds, seconds, functions, jvmOptions,
                    appCds, aot, memorySizes, hello, gateway, lambdaCpuShare, probes);
            case "--rate" -> new BenchSettings(runs, Integer.parseInt(args[i + 1]), warmUpSeconds, seconds, functions, jvmOptions,
                    appCds, aot, memorySizes, hello, gateway, lambdaCpuShare, probes);
            case "--seconds" -> new BenchSettings(runs, rate, warmUpSeconds, Integer.parseInt(args[i + 1]), functions, jvmOptions,
                    appCds, aot, memorySizes, hello, gateway, lambdaCpuShare, probes);
            case "--warm-up" -> new BenchSettings(runs, rate, Integer.parseInt(args[i + 1]), seconds, functions,
                    jvmOptions, appCds, aot, memorySizes, hello, gateway, lambdaCpuShare, probes);
            case "--functions" -> {
                functions.addAll(List.of(args[i + 1].split(",")));
                yield this;
            }
            case "--jvm-option" -> {
                jvmOptions.add(args[i + 1]);
                yield this;
            }
            case "--memory" -> {
                for (String size : args[i + 1].split(",")) {
                    memorySizes.add(Integer.parseInt(size));
                }
                yield this;
            }
            case "--probe" -> {
                int equals = args[i + 1].indexOf('=');
                if (equals < 1) {
                    throw new IllegalArgumentException("--probe needs Function='METHOD /path [body]'\n" + USAGE);
                }
                probes.put(args[i + 1].substring(0, equals), args[i + 1].substring(equals + 1));
                yield this;
            }
            case "--cpu-share" -> new BenchSettings(runs, rate, warmUpSeconds, seconds, functions, jvmOptions, appCds, aot, memorySizes,
                    hello, gateway, PlatformOptions.cpuShare(args[i + 1]), probes);
            case "--appcds" -> new BenchSettings(runs, rate, warmUpSeconds, seconds, functions, jvmOptions, true, aot, memorySizes,
                    hello, gateway, lambdaCpuShare, probes);
            case "--aot" -> new BenchSettings(runs, rate, warmUpSeconds, seconds, functions, jvmOptions, appCds, true, memorySizes,
                    hello, gateway, lambdaCpuShare, probes);
            case "--no-hello" -> new BenchSettings(runs, rate, warmUpSeconds, seconds, functions, jvmOptions, appCds, aot, memorySizes,
                    false, gateway, lambdaCpuShare, probes);
            case "--no-gateway" -> new BenchSettings(runs, rate, warmUpSeconds, seconds, functions, jvmOptions, appCds, aot,
                    memorySizes, hello, false, lambdaCpuShare, probes);
            default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
        };
    }
}
