package cloud.citizen.local.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cloud.citizen.emulator.template.IntrinsicResolver;
import cloud.citizen.emulator.template.SqsEventSource;
import cloud.citizen.local.Json;
import cloud.citizen.local.lambda.InvocationResult;
import cloud.citizen.local.lambda.LocalLambda;

/**
 * An SQS event source mapping: long-polls the queue, gathers up to BatchSize messages for at most
 * MaximumBatchingWindowInSeconds, invokes the function synchronously with an SQS event, and then
 * deletes what was processed. With ReportBatchItemFailures only the ids the function lists stay;
 * a function error or timeout leaves the whole batch. Messages that stay are not touched: they
 * reappear when their visibility timeout ends, and the queue's redrive policy moves them to the
 * dead-letter queue after maxReceiveCount receives.
 */
public final class SqsEventSourcePoller implements Runnable {

    private static final Logger LOG = Logger.getLogger(SqsEventSourcePoller.class.getName());
    private static final int MAX_RECEIVE = 10;

    private final SqsClient sqs;
    private final String queueUrl;
    private final String queueArn;
    private final SqsEventSource source;
    private final String function;
    private final LocalLambda lambda;
    private volatile boolean running = true;

    public SqsEventSourcePoller(SqsClient sqs, String queueUrl, String queueArn, SqsEventSource source, String function,
            LocalLambda lambda) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.queueArn = queueArn;
        this.source = source;
        this.function = function;
        this.lambda = lambda;
    }

    public void stop() {
        running = false;
    }

    @Override
    public void run() {
        while (running) {
            try {
                List<Message> batch = collectBatch();
                if (!batch.isEmpty() && running) {
                    deliver(batch);
                }
            } catch (RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "polling " + queueUrl + " for " + function + " failed: " + e.getMessage(), e);
                    pause(Duration.ofSeconds(1));
                }
            }
        }
    }

    private List<Message> collectBatch() {
        List<Message> batch = new ArrayList<>();
        long windowEnds = Long.MAX_VALUE;
        while (running && batch.size() < source.batchSize()) {
            long now = System.nanoTime();
            int waitSeconds;
            if (batch.isEmpty()) {
                waitSeconds = 1; // short long-polls: stop() takes effect within a second
            } else {
                long left = windowEnds - now;
                if (left <= 0) {
                    break;
                }
                waitSeconds = (int) Math.min(20, Duration.ofNanos(left).toSeconds());
            }
            int wanted = Math.min(MAX_RECEIVE, source.batchSize() - batch.size());
            List<Message> received = sqs.receiveMessage(receive -> receive.queueUrl(queueUrl)
                    .maxNumberOfMessages(wanted).waitTimeSeconds(waitSeconds)
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL).messageAttributeNames("All")).messages();
            if (!received.isEmpty() && batch.isEmpty()) {
                windowEnds = now + Duration.ofSeconds(source.maximumBatchingWindowInSeconds()).toNanos();
            }
            batch.addAll(received);
            if (!batch.isEmpty() && source.maximumBatchingWindowInSeconds() == 0) {
                break;
            }
            if (received.isEmpty() && waitSeconds == 0) {
                pause(Duration.ofMillis(50)); // less than a second of window left: short polls, not a busy loop
            }
        }
        return batch;
    }

    private void deliver(List<Message> batch) {
        InvocationResult result = lambda.invoke(function, Json.bytes(event(batch)));
        Set<String> failed = failedMessageIds(result, batch);
        List<Message> done = batch.stream().filter(message -> !failed.contains(message.messageId())).toList();
        for (int from = 0; from < done.size(); from += MAX_RECEIVE) {
            List<Message> chunk = done.subList(from, Math.min(done.size(), from + MAX_RECEIVE));
            sqs.deleteMessageBatch(delete -> delete.queueUrl(queueUrl).entries(chunk.stream()
                    .map(message -> DeleteMessageBatchRequestEntry.builder().id(message.messageId())
                            .receiptHandle(message.receiptHandle()).build()).toList()));
        }
        if (!failed.isEmpty()) {
            LOG.info(() -> function + ": " + failed.size() + " of " + batch.size() + " messages from "
                    + queueArn.substring(queueArn.lastIndexOf(':') + 1) + " failed; they return after the visibility"
                    + " timeout (" + AsyncInvoker.describe(result) + ")");
        }
    }

    /** Which messages stay on the queue, read as Lambda reads a batch response. */
    Set<String> failedMessageIds(InvocationResult result, List<Message> batch) {
        Set<String> all = new HashSet<>(batch.stream().map(Message::messageId).toList());
        if (!(result instanceof InvocationResult.Success success)) {
            return all;
        }
        if (!source.reportsBatchItemFailures()) {
            return Set.of();
        }
        JsonNode response;
        try {
            response = Json.parse(success.payload());
        } catch (IllegalArgumentException notJson) {
            return Set.of(); // not a batch response: Lambda counts the batch as processed
        }
        JsonNode failures = response.path("batchItemFailures");
        if (!failures.isArray()) {
            return Set.of();
        }
        Set<String> failed = new HashSet<>();
        for (JsonNode failure : failures) {
            String id = failure.path("itemIdentifier").asText("");
            if (id.isEmpty() || !all.contains(id)) {
                return all; // a malformed response fails the whole batch
            }
            failed.add(id);
        }
        return failed;
    }

    private ObjectNode event(List<Message> batch) {
        ObjectNode event = Json.object();
        ArrayNode records = event.putArray("Records");
        for (Message message : batch) {
            ObjectNode record = records.addObject();
            record.put("messageId", message.messageId());
            record.put("receiptHandle", message.receiptHandle());
            record.put("body", message.body());
            ObjectNode attributes = record.putObject("attributes");
            message.attributesAsStrings().forEach(attributes::put);
            ObjectNode messageAttributes = record.putObject("messageAttributes");
            message.messageAttributes().forEach((name, value) -> messageAttribute(messageAttributes.putObject(name),
                    value));
            record.put("md5OfBody", message.md5OfBody());
            record.put("eventSource", "aws:sqs");
            record.put("eventSourceARN", queueArn);
            record.put("awsRegion", IntrinsicResolver.REGION);
        }
        return event;
    }

    private static void messageAttribute(ObjectNode out, MessageAttributeValue value) {
        if (value.stringValue() != null) {
            out.put("stringValue", value.stringValue());
        }
        if (value.binaryValue() != null) {
            out.put("binaryValue", java.util.Base64.getEncoder().encodeToString(value.binaryValue().asByteArray()));
        }
        out.putArray("stringListValues");
        out.putArray("binaryListValues");
        out.put("dataType", value.dataType());
    }

    private static void pause(Duration duration) {
        java.util.concurrent.locks.LockSupport.parkNanos(duration.toNanos());
    }
}
