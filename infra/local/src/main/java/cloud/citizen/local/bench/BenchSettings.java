package cloud.citizen.local.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The options of {@code infra/bench-local}. */
record BenchSettings(int runs, int rate, int warmUpSeconds, int seconds, Set<String> functions, List<String> jvmOptions,
        boolean appCds, boolean aot, int memoryMb, boolean hello, boolean gateway) {

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
              --memory MB         run every function with this MemorySize instead of the template's
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
        if (memoryMb > 0) {
            levers.add("MemorySize " + memoryMb + " MB for every function");
        }
        return String.format("%d cold starts each%s, warm: %d req/s for %d s after a %d s warm-up; %s", runs,
                aot ? " without and with the AOT cache" : "", rate, seconds, warmUpSeconds, String.join(", ", levers));
    }

    static BenchSettings parse(String[] args) {
        BenchSettings settings = new BenchSettings(5, 20, 10, 15, new LinkedHashSet<>(), new ArrayList<>(), false, false,
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
        return List.of("--runs", "--rate", "--warm-up", "--seconds", "--functions", "--jvm-option", "--memory").contains(option);
    }

    private BenchSettings with(String[] args, int i) {
        String option = args[i];
        if (takesValue(option) && i + 1 >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return switch (option) {
            case "--runs" -> new BenchSettings(Integer.parseInt(args[i + 1]), rate, warmUpSeconds, seconds, functions, jvmOptions,
                    appCds, aot, memoryMb, hello, gateway);
            case "--rate" -> new BenchSettings(runs, Integer.parseInt(args[i + 1]), warmUpSeconds, seconds, functions, jvmOptions,
                    appCds, aot, memoryMb, hello, gateway);
            case "--seconds" -> new BenchSettings(runs, rate, warmUpSeconds, Integer.parseInt(args[i + 1]), functions, jvmOptions,
                    appCds, aot, memoryMb, hello, gateway);
            case "--warm-up" -> new BenchSettings(runs, rate, Integer.parseInt(args[i + 1]), seconds, functions,
                    jvmOptions, appCds, aot, memoryMb, hello, gateway);
            case "--functions" -> {
                functions.addAll(List.of(args[i + 1].split(",")));
                yield this;
            }
            case "--jvm-option" -> {
                jvmOptions.add(args[i + 1]);
                yield this;
            }
            case "--memory" -> new BenchSettings(runs, rate, warmUpSeconds, seconds, functions, jvmOptions, appCds, aot,
                    Integer.parseInt(args[i + 1]), hello, gateway);
            case "--appcds" -> new BenchSettings(runs, rate, warmUpSeconds, seconds, functions, jvmOptions, true, aot, memoryMb, hello,
                    gateway);
            case "--aot" -> new BenchSettings(runs, rate, warmUpSeconds, seconds, functions, jvmOptions, appCds, true, memoryMb, hello,
                    gateway);
            case "--no-hello" -> new BenchSettings(runs, rate, warmUpSeconds, seconds, functions, jvmOptions, appCds, aot, memoryMb,
                    false, gateway);
            case "--no-gateway" -> new BenchSettings(runs, rate, warmUpSeconds, seconds, functions, jvmOptions, appCds, aot, memoryMb,
                    hello, false);
            default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
        };
    }
}
