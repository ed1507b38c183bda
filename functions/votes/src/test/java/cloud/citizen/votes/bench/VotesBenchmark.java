package cloud.citizen.votes.bench;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cloud.citizen.emulator.EmulatedStack;
import cloud.citizen.emulator.EmulatorOptions;
import cloud.citizen.platform.auth.Caller;
import cloud.citizen.platform.auth.Role;
import cloud.citizen.platform.aws.AwsClients;
import cloud.citizen.platform.config.Environment;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.votes.VotesComponents;
import cloud.citizen.votes.VotesSettings;
import cloud.citizen.votes.domain.Election;
import cloud.citizen.votes.domain.ElectionKind;
import cloud.citizen.votes.domain.Results;
import cloud.citizen.votes.domain.Rule;
import cloud.citizen.votes.domain.UnitRow;
import cloud.citizen.votes.domain.UserEvent;
import cloud.citizen.votes.service.ElectionSetup;

/**
 * Ballots per second for one election, and the time to close and tally it, through the same use
 * cases and DynamoDB adapters the function uses (the HTTP layer is left out), against the
 * emulators started from template.yaml. A measurement, not a test.
 * <pre>
 * ./mvnw -pl functions/votes exec:java [-Dbench.units=5000,20000 -Dbench.threads=64]
 * </pre>
 * Per size: load the units (500 per call), feed one verified user per unit into the directory,
 * bind them, open a motion (freezing the electorate), cast every unit's ballot from a thread pool,
 * close and tally (ballots read back, counters compared, audit CSV written to S3).
 */
public final class VotesBenchmark {
    private static final Caller ADMIN = new Caller("bench-admin", Set.of(Role.CITIZEN, Role.ADMIN), Set.of(), true);

    private VotesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.getInteger("bench.threads", 64);
        int[] sizes = Arrays.stream(System.getProperty("bench.units", "5000,20000").split(",")).map(String::trim)
                .mapToInt(Integer::parseInt).toArray();
        boolean exact = true;
        try (EmulatedStack stack = EmulatedStack.start(EmulatorOptions.inMemory(), Map.of())) {
            Map<String, String> variables = stack.environmentOf("VotesFunction");
            Environment env = Environment.of(variables);
            VotesComponents votes = new VotesComponents(VotesSettings.from(env), AwsClients.from(env), Clock.systemUTC(),
                    new CursorCodec(env.requiredSecret("CURSOR_KEY")));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            System.out.printf("votes benchmark: sizes %s, %d threads, %d cores%n", Arrays.toString(sizes), threads,
                    Runtime.getRuntime().availableProcessors());
            run(votes, pool, 300, "warm-up"); // JIT and connections; not reported
            for (int size : sizes) {
                exact &= run(votes, pool, size, size + " units");
            }
            pool.shutdownNow();
        }
        System.out.println(exact ? "exactness check: PASSED (tally = counters = units)" : "exactness check: FAILED");
        System.exit(exact ? 0 : 1);
    }

    private static boolean run(VotesComponents votes, ExecutorService pool, int units, String name) throws Exception {
        String community = "bench-" + Long.toString(System.nanoTime(), 36);
        long t0 = System.nanoTime();
        for (int from = 0; from < units; from += 500) {
            List<UnitRow> rows = new ArrayList<>();
            for (int i = from; i < Math.min(units, from + 500); i++) {
                rows.add(new UnitRow("u" + i, Integer.toString(i / 100 + 1), "n" + i, new BigDecimal("88.88"), false));
            }
            votes.rosterAdministration().load(ADMIN, community, rows);
        }
        List<String> owners = all(pool, units, i -> {
            String user = community + "-o" + i;
            votes.userDirectory().apply(new UserEvent(user + "-v", UserEvent.Type.VERIFIED, user, "业主", Instant.now()));
            votes.rosterAdministration().bindOwner(ADMIN, community, "u" + i, user);
            return user;
        }).results();
        long t1 = System.nanoTime();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Election election = votes.electionSetup().create(ADMIN, community, new ElectionSetup.Draft("bench", ElectionKind.MOTION,
                Rule.ORDINARY, List.of(), 1, now.minusSeconds(1), now.plus(1, ChronoUnit.DAYS)));
        long t2 = System.nanoTime();
        Timed<String> cast = all(pool, units, i -> votes.voting().cast(
                new Caller(owners.get(i), Set.of(Role.CITIZEN), Set.of(), true), election.electionId(), "u" + i,
                List.of(i % 3 == 0 ? "disagree" : "agree")));
        long t3 = System.nanoTime();
        Results results = votes.closing().close(ADMIN, election.electionId());
        long t4 = System.nanoTime();
        boolean exact = results.participation().ownersVoted() == units && results.countersAgree()
                && results.participation().unitsVoted() == units;
        if (!name.equals("warm-up")) {
            long[] latencies = cast.nanos();
            Arrays.sort(latencies);
            System.out.printf("%s: setup (load, %d directory events, %d bindings) %.1f s; open (freeze electorate) %.2f s%n",
                    name, units, units, seconds(t1 - t0), seconds(t2 - t1));
            System.out.printf("%s: %d ballots in %.2f s = %.0f ballots/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    name, units, seconds(t3 - t2), units / seconds(t3 - t2), millis(latencies, 0.50),
                    millis(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
            System.out.printf("%s: close + tally + audit CSV %.2f s (passed %s, countersAgree %s, exact %s)%n", name,
                    seconds(t4 - t3), results.passed(), results.countersAgree(), exact);
        }
        return exact;
    }

    interface Indexed<T> {
        T call(int i) throws Exception;
    }

    record Timed<T>(List<T> results, long[] nanos) {
    }

    private static <T> Timed<T> all(ExecutorService pool, int n, Indexed<T> work) throws Exception {
        long[] nanos = new long[n];
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            Callable<T> task = () -> {
                long start = System.nanoTime();
                T result = work.call(index);
                nanos[index] = System.nanoTime() - start;
                return result;
            };
            futures.add(pool.submit(task));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return new Timed<>(results, nanos);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
