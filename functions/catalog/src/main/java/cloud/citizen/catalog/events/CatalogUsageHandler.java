package cloud.citizen.catalog.events;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import cloud.citizen.catalog.CatalogComponents;
import cloud.citizen.catalog.service.UsageRecording;
import cloud.citizen.platform.events.SqsBatch;

/**
 * SQS entry point of CatalogUsageFunction (template.yaml): stores each service's usage count from
 * stats' {@code service-usage} messages (CatalogUsageQueue). Not a {@code RequestHandler} and no
 * CDI: it starts without the HTTP stack. Failed messages are reported one by one.
 */
public class CatalogUsageHandler {
    private final UsageRecording usage;

    public CatalogUsageHandler() {
        this(CatalogComponents.fromEnvironment());
    }

    public CatalogUsageHandler(CatalogComponents components) {
        this.usage = components.usage();
    }

    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return SqsBatch.process(event, body -> usage.record(CatalogMessages.readServiceUsage(body)));
    }
}
