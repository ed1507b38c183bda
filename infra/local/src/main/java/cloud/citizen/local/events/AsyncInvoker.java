package cloud.citizen.local.events;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import cloud.citizen.local.lambda.InvocationResult;
import cloud.citizen.local.lambda.LocalLambda;

/**
 * Lambda's asynchronous invocation (what schedules and S3 notifications use): the event is
 * queued, the caller does not wait, and a failed invocation is retried twice. Lambda waits about
 * one and two minutes between attempts; locally the delays are shorter so that a developer sees
 * the retries.
 */
public final class AsyncInvoker {

    private static final Logger LOG = Logger.getLogger(AsyncInvoker.class.getName());

    private final LocalLambda lambda;
    private final ScheduledExecutorService executor;
    private final List<Duration> retryDelays;

    public AsyncInvoker(LocalLambda lambda, ScheduledExecutorService executor, List<Duration> retryDelays) {
        this.lambda = lambda;
        this.executor = executor;
        this.retryDelays = List.copyOf(retryDelays);
    }

    public void invoke(String function, byte[] event, String source) {
        executor.execute(() -> attempt(function, event, source, 0));
    }

    private void attempt(String function, byte[] event, String source, int attempt) {
        InvocationResult result = lambda.invoke(function, event);
        if (result.succeeded() || executor.isShutdown()) {
            return; // nothing to retry, or the platform is stopping
        }
        if (attempt < retryDelays.size()) {
            Duration delay = retryDelays.get(attempt);
            LOG.info(() -> source + " -> " + function + " failed (" + describe(result) + "); retry in "
                    + delay.toMillis() + " ms");
            executor.schedule(() -> attempt(function, event, source, attempt + 1), delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        } else {
            LOG.warning(() -> source + " -> " + function + " failed " + (attempt + 1) + " times, event dropped ("
                    + describe(result) + ")");
        }
    }

    static String describe(InvocationResult result) {
        if (result instanceof InvocationResult.FunctionError error) {
            return error.errorType();
        }
        if (result instanceof InvocationResult.PlatformFailure failure) {
            return failure.reason() + ": " + failure.message();
        }
        return "ok";
    }
}
