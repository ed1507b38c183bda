package cloud.citizen.local.lambda;

import java.time.Duration;

/** What {@code GET /_local/functions} shows for one function. */
public record FunctionStats(String function, int instances, int busy, int idle, long coldStarts, long invocations,
        long errors, long timeouts, long throttles, Duration lastInitDuration, long warmInstanceRssKb,
        int maxConcurrency) {
}
