package cloud.citizen.stats.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

import cloud.citizen.stats.events.StatsMessages;
import cloud.citizen.stats.service.CatalogUsageFeed;

/**
 * Usage counts to the catalog's queue, ten messages a call. A failed entry fails the roll-up's
 * publishing, which then sends the counts again next hour: they are absolute, so repeats are harmless.
 */
public final class SqsCatalogUsageFeed implements CatalogUsageFeed {
    private static final int PER_CALL = 10;

    private final SqsClient sqs;
    private final String queueUrl;

    public SqsCatalogUsageFeed(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void publish(Map<String, Long> usageCounts, Instant asOf) {
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
        usageCounts.forEach((service, count) -> entries.add(SendMessageBatchRequestEntry.builder()
                .id(Integer.toString(entries.size())).messageBody(StatsMessages.serviceUsage(service, count, asOf))
                .build()));
        for (int from = 0; from < entries.size(); from += PER_CALL) {
            List<SendMessageBatchRequestEntry> chunk = entries.subList(from, Math.min(entries.size(), from + PER_CALL));
            SendMessageBatchResponse response = sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(chunk));
            if (response.hasFailed() && !response.failed().isEmpty()) {
                throw new IllegalStateException(response.failed().size() + " usage counts were not sent to the catalog");
            }
        }
    }
}
