package cloud.citizen.local.lambda;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One event on its way through an instance: delivered by {@code /invocation/next}, finished by
 * {@code /response} or {@code /error} (or by the platform when the instance dies or times out).
 */
final class Invocation {

    private final String requestId = UUID.randomUUID().toString();
    private final byte[] payload;
    private final Duration timeout;
    /** completed with the deadline (epoch millis) when the runtime takes the event */
    final CompletableFuture<Long> pickedUp = new CompletableFuture<>();
    final CompletableFuture<InvocationResult> result = new CompletableFuture<>();

    Invocation(byte[] payload, Duration timeout) {
        this.payload = payload;
        this.timeout = timeout;
    }

    String requestId() {
        return requestId;
    }

    byte[] payload() {
        return payload;
    }

    Duration timeout() {
        return timeout;
    }

    /** First outcome wins: a late response after a timeout kill changes nothing. */
    boolean finish(InvocationResult outcome) {
        pickedUp.complete(0L); // nobody waits for a pick-up that will never come
        return result.complete(outcome);
    }
}
