package cloud.citizen.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import cloud.citizen.local.Eventually;
import cloud.citizen.local.Json;
import cloud.citizen.local.fixtures.FixtureFunctions;
import cloud.citizen.local.lambda.InvocationResult.PlatformFailure;
import cloud.citizen.local.lambda.InvocationResult.Reason;

class LocalLambdaTest {

    @TempDir
    Path temp;
    LocalLambda lambda;

    private LocalLambda start(Duration timeout, LocalLambda.Settings settings) {
        lambda = new LocalLambda(List.of(FixtureFunctions.recording("Fixture", timeout, temp.resolve("events.log"))),
                settings, temp.resolve("logs"));
        return lambda;
    }

    @AfterEach
    void stop() {
        if (lambda != null) {
            lambda.close();
        }
    }

    @Test
    void invoke_coldThenWarm_reusesTheInstanceAndCountsOneColdStart() {
        start(Duration.ofSeconds(10), LocalLambda.Settings.defaults());

        JsonNode first = success(lambda.invoke("Fixture", bytes("{\"n\":1}")));
        JsonNode second = success(lambda.invoke("Fixture", bytes("{\"n\":2}")));

        assertThat(first.get("echo").get("n").asInt()).isEqualTo(1);
        assertThat(second.get("pid").asLong()).isEqualTo(first.get("pid").asLong());
        FunctionStats stats = lambda.pool("Fixture").stats();
        assertThat(stats.coldStarts()).isEqualTo(1);
        assertThat(stats.invocations()).isEqualTo(2);
        assertThat(stats.idle()).isEqualTo(1);
        assertThat(stats.lastInitDuration()).isPositive();
        assertThat(first.get("remainingMs").asLong()).isBetween(1L, 10_000L);
    }

    @Test
    void invoke_whenRequestsOverlap_startsMoreInstancesUpToTheLimit() {
        start(Duration.ofSeconds(20), new LocalLambda.Settings(2, Duration.ofMinutes(5), Duration.ofSeconds(30),
                List.of(), false));

        List<CompletableFuture<InvocationResult>> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> lambda.invoke("Fixture", bytes("{\"w\":\"sleep:1500\"}"))));
        }
        List<Long> pids = calls.stream().map(CompletableFuture::join).map(LocalLambdaTest::success)
                .map(answer -> answer.get("pid").asLong()).toList();

        assertThat(pids.stream().distinct().count()).isEqualTo(2);
        assertThat(lambda.pool("Fixture").stats().coldStarts()).isEqualTo(2);
    }

    @Test
    void invoke_whenTheHandlerRunsPastTheTimeout_killsTheInstanceAndTheNextCallStartsColdAgain() {
        start(Duration.ofSeconds(1), LocalLambda.Settings.defaults());
        long firstPid = success(lambda.invoke("Fixture", bytes("{}"))).get("pid").asLong();

        InvocationResult timedOut = lambda.invoke("Fixture", bytes("{\"w\":\"sleep:5000\"}"));
        JsonNode after = success(lambda.invoke("Fixture", bytes("{}")));

        assertThat(timedOut).isInstanceOfSatisfying(PlatformFailure.class,
                failure -> assertThat(failure.reason()).isEqualTo(Reason.TIMED_OUT));
        assertThat(after.get("pid").asLong()).isNotEqualTo(firstPid);
        assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(lambda.pool("Fixture").stats().timeouts()).isEqualTo(1);
    }

    @Test
    void invoke_whenTheHandlerThrows_reportsTheFunctionErrorAndKeepsTheInstance() {
        start(Duration.ofSeconds(10), LocalLambda.Settings.defaults());

        InvocationResult failed = lambda.invoke("Fixture", bytes("{\"w\":\"fail\"}"));
        InvocationResult next = lambda.invoke("Fixture", bytes("{}"));

        assertThat(failed).isInstanceOfSatisfying(InvocationResult.FunctionError.class, error -> assertThat(
                new String(error.body(), StandardCharsets.UTF_8)).contains("asked to fail"));
        assertThat(next.succeeded()).isTrue();
        assertThat(lambda.pool("Fixture").stats().coldStarts()).isEqualTo(1);
    }

    @Test
    void invoke_whenTheProcessDies_reportsACrash() {
        start(Duration.ofSeconds(10), LocalLambda.Settings.defaults());
        success(lambda.invoke("Fixture", bytes("{}")));

        InvocationResult crashed = lambda.invoke("Fixture", bytes("{\"w\":\"exit\"}"));

        assertThat(crashed).isInstanceOfSatisfying(PlatformFailure.class,
                failure -> assertThat(failure.reason()).isEqualTo(Reason.CRASHED));
    }

    @Test
    void warmInvocations_areNotDelayedByNagle() {
        start(Duration.ofSeconds(10), LocalLambda.Settings.defaults());
        success(lambda.invoke("Fixture", bytes("{}")));
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long started = System.nanoTime();
            success(lambda.invoke("Fixture", bytes("{\"i\":" + i + ",\"pad\":\"" + "x".repeat(2000) + "\"}")));
            micros.add((System.nanoTime() - started) / 1000);
        }
        // Nagle + delayed ACK costs ~40 ms per exchange; a warm echo takes about a millisecond
        assertThat(micros.stream().sorted().toList().get(micros.size() / 2)).isLessThan(20_000L);
    }

    @Test
    void idleInstances_stopAfterTheIdleTimeout() {
        start(Duration.ofSeconds(10), LocalLambda.Settings.defaults().withIdleTimeout(Duration.ofMillis(200)));
        long pid = success(lambda.invoke("Fixture", bytes("{}"))).get("pid").asLong();

        Eventually.within(Duration.ofSeconds(10), "the idle instance stops",
                () -> lambda.pool("Fixture").stats().instances() == 0);

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static JsonNode success(InvocationResult result) {
        assertThat(result).isInstanceOf(InvocationResult.Success.class);
        return Json.parse(((InvocationResult.Success) result).payload());
    }
}
