package cloud.citizen.surveys.events;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import cloud.citizen.platform.events.SqsBatch;
import cloud.citizen.surveys.SurveysComponents;
import cloud.citizen.surveys.service.ExportWriting;

/**
 * Writes the CSV of each export request on SurveysExportQueue. A plain class, not a
 * {@code RequestHandler} (see the platform's OutboxSweepHandler for why); failed messages are
 * reported one by one and come back later.
 */
public class ExportWorkerHandler {
    private final ExportWriting writing;

    public ExportWorkerHandler() {
        this(SurveysComponents.fromEnvironment());
    }

    public ExportWorkerHandler(SurveysComponents components) {
        this.writing = components.exportWriting();
    }

    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return SqsBatch.process(event, body -> writing.write(SurveysMessages.readExportRequested(body).exportId()));
    }
}
