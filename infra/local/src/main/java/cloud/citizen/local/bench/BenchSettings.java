package cloud.citizen.local.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The options of {@code infra/bench-local}. */
record BenchSettings(int runs, int rate, int seconds, Set<String> functions, List<String> jvmOptions,
        Map<String, String> routes, boolean appCds, boolean aot, int memoryMb, boolean hello, boolean gateway) {

    static final String USAGE = """
            usage: infra/bench-local [options]
              --runs N            cold starts per function (default 5)
              --rate N            warm requests per second (default 20)
              --seconds N         length of the warm phase (default 15)
              --functions A,B     only these functions (logical ids; HelloFunction = the reference)
              --jvm-option OPT    extra JVM option for every instance (repeatable)
              --route F=PATH      probe function F with its GET route PATH instead of its first one (repeatable)
              --aot               also train a JDK AOT cache per function and measure cold starts with it
              --appcds            use a dynamic AppCDS archive for the cold starts (JDK 17 lever)
              --memory MB         run every function with this MemorySize instead of the template's
              --no-gateway        skip the measurement through the local gateway
              --no-hello          skip the bare lambda-http reference""";

    boolean wants(String function) {
        return functions.isEmpty() || functions.contains(function);
    }

    /** The path {@code --route} names for a function's probe, if any. */
    Optional<String> route(String function) {
        return Optional.ofNullable(routes.get(function));
    }

    String describe() {
        List<String> levers = new ArrayList<>();
        levers.add(jvmOptions.isEmpty() ? "no extra JVM options" : "JVM options " + jvmOptions);
        if (appCds) {
            levers.add("AppCDS");
        }
        if (memoryMb > 0) {
            levers.add("MemorySize " + memoryMb + " MB for every function");
        }
        return String.format("%d cold starts each%s, warm: %d req/s for %d s; %s", runs,
                aot ? " without and with the AOT cache" : "", rate, seconds, String.join(", ", levers));
    }

    static BenchSettings parse(String[] args) {
        BenchSettings settings = new BenchSettings(5, 20, 15, new LinkedHashSet<>(), new ArrayList<>(), new LinkedHashMap<>(), false, false,
                0, true, true);
        for (int i = 0; i < args.length; i++) {
            settings = settings.with(args, i);
            if (takesValue(args[i])) {
                i++;
            }
        }
        return settings;
    }

    private static boolean takesValue(String option) {
        return List.of("--runs", "--rate", "--seconds", "--functions", "--jvm-option", "--route", "--memory").contains(option);
    }

    private BenchSettings with(String[] args, int i) {
        String option = args[i];
        if (takesValue(option) && i + 1 >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return switch (option) {
            case "--runs" -> new BenchSettings(Integer.parseInt(args[i + 1]), rate, seconds, functions, jvmOptions,
                    routes, appCds, aot, memoryMb, hello, gateway);
            case "--rate" -> new BenchSettings(runs, Integer.parseInt(args[i + 1]), seconds, functions, jvmOptions,
                    routes, appCds, aot, memoryMb, hello, gateway);
            case "--seconds" -> new BenchSettings(runs, rate, Integer.parseInt(args[i + 1]), functions, jvmOptions,
                    routes, appCds, aot, memoryMb, hello, gateway);
            case "--functions" -> {
                functions.addAll(List.of(args[i + 1].split(",")));
                yield this;
            }
            case "--jvm-option" -> {
                jvmOptions.add(args[i + 1]);
                yield this;
            }
            case "--route" -> {
                String[] route = args[i + 1].split("=", 2);
                if (route.length != 2) {
                    throw new IllegalArgumentException("--route needs Function=/path\n" + USAGE);
                }
                routes.put(route[0], route[1]);
                yield this;
            }
            case "--memory" -> new BenchSettings(runs, rate, seconds, functions, jvmOptions, routes, appCds, aot,
                    Integer.parseInt(args[i + 1]), hello, gateway);
            case "--appcds" -> new BenchSettings(runs, rate, seconds, functions, jvmOptions, routes, true, aot, memoryMb,
                    hello, gateway);
            case "--aot" -> new BenchSettings(runs, rate, seconds, functions, jvmOptions, routes, appCds, true, memoryMb,
                    hello, gateway);
            case "--no-hello" -> new BenchSettings(runs, rate, seconds, functions, jvmOptions, routes, appCds, aot,
                    memoryMb, false, gateway);
            case "--no-gateway" -> new BenchSettings(runs, rate, seconds, functions, jvmOptions, routes, appCds, aot,
                    memoryMb, hello, false);
            default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
        };
    }
}
