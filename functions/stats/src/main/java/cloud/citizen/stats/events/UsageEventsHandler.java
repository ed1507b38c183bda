package cloud.citizen.stats.events;

import java.util.ArrayList;
import java.util.List;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import cloud.citizen.platform.events.SqsBatch;
import cloud.citizen.platform.usage.ServiceUse;
import cloud.citizen.stats.StatsComponents;
import cloud.citizen.stats.service.UsageCounting;

/**
 * Consumes usage events (StatsQueue, batches of up to 10). Each message is read on its own, so a
 * malformed one alone is reported back (and reaches the DLQ after five tries); the readable ones
 * are then counted together in one write. If that write fails they are counted one by one, so
 * whatever keeps failing is reported alone. Counting is exactly once whatever is redelivered.
 * A plain method called by name from template.yaml, never a {@code RequestHandler} (see the
 * platform's {@code OutboxSweepHandler}).
 */
public class UsageEventsHandler {
    private final UsageCounting counting;

    public UsageEventsHandler() {
        this(StatsComponents.fromEnvironment());
    }

    public UsageEventsHandler(StatsComponents components) {
        this.counting = components.usageCounting();
    }

    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<ServiceUse> readable = new ArrayList<>();
        SQSBatchResponse unreadable = SqsBatch.process(event, body -> readable.add(StatsMessages.readUsage(body)));
        try {
            counting.count(readable);
            return unreadable;
        } catch (RuntimeException batchWriteFailed) {
            return SqsBatch.process(event, body -> counting.count(List.of(StatsMessages.readUsage(body))));
        }
    }
}
