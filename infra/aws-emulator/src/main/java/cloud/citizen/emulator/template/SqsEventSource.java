package cloud.citizen.emulator.template;

import java.util.List;

/** An {@code SQS} event of a function; {@code queue} is unresolved (usually {@code !GetAtt Queue.Arn}). */
public record SqsEventSource(String eventName, Object queue, int batchSize, int maximumBatchingWindowInSeconds,
        List<String> functionResponseTypes, boolean enabled) {

    public SqsEventSource {
        functionResponseTypes = List.copyOf(functionResponseTypes);
    }

    public boolean reportsBatchItemFailures() {
        return functionResponseTypes.contains("ReportBatchItemFailures");
    }
}
