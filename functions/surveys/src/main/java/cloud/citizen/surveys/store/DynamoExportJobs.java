package cloud.citizen.surveys.store;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.outbox.OutboxEvent;
import cloud.citizen.surveys.domain.ExportJob;
import cloud.citizen.surveys.domain.ExportJob.ExportStatus;
import cloud.citizen.surveys.events.SurveysMessages;
import cloud.citizen.surveys.service.ExportJobs;

/**
 * Export jobs ({@code EXPORT#{exportId}}, kept 7 days like the files). The job and its message to
 * the worker are one transaction (outbox): a job is never left running without a message.
 */
public final class DynamoExportJobs implements ExportJobs {
    private static final Duration KEPT = Duration.ofDays(7);

    private final DynamoDbClient dynamo;
    private final String table;
    private final Outbox outbox;
    private final Optional<String> exportQueueUrl;

    public DynamoExportJobs(DynamoDbClient dynamo, String table, Outbox outbox, Optional<String> exportQueueUrl) {
        this.dynamo = dynamo;
        this.table = table;
        this.outbox = outbox;
        this.exportQueueUrl = exportQueueUrl;
    }

    @Override
    public void request(ExportJob job) {
        String queueUrl = exportQueueUrl.orElseThrow(() -> new IllegalStateException("EXPORT_QUEUE_URL is not set"));
        OutboxEvent event = SurveysMessages.exportRequested(job.exportId(), job.surveyId(), queueUrl);
        Map<String, AttributeValue> item = new HashMap<>(SurveysTable.export(job.exportId()));
        item.put("exportId", s(job.exportId()));
        item.put("surveyId", s(job.surveyId()));
        item.put("requestedBy", s(job.requestedBy()));
        item.put("status", s(job.status().name()));
        item.put("requestedAt", s(job.requestedAt().toString()));
        item.put("attempts", n(0));
        item.put("ttl", n(job.requestedAt().plus(KEPT).getEpochSecond()));
        dynamo.transactWriteItems(t -> t.transactItems(
                TransactWriteItem.builder().put(put -> put.tableName(table).item(item)
                        .conditionExpression("attribute_not_exists(pk)")).build(),
                outbox.record(event)));
        outbox.deliver(event);
    }

    @Override
    public Optional<ExportJob> find(String exportId) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table).key(SurveysTable.export(exportId))
                .consistentRead(true)).item();
        if (Attributes.isEmpty(item)) {
            return Optional.empty();
        }
        return Optional.of(new ExportJob(text(item, "exportId"), text(item, "surveyId"), text(item, "requestedBy"),
                ExportStatus.valueOf(text(item, "status")), Optional.ofNullable(text(item, "objectKey")),
                Instant.parse(text(item, "requestedAt"))));
    }

    @Override
    public int startAttempt(String exportId) {
        return (int) Attributes.number(dynamo.updateItem(update -> update.tableName(table)
                .key(SurveysTable.export(exportId)).updateExpression("ADD attempts :one")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":one", n(1))).returnValues(ReturnValue.UPDATED_NEW)).attributes(),
                "attempts");
    }

    @Override
    public void ready(String exportId, String objectKey) {
        finish(exportId, ExportStatus.READY, Map.of("objectKey", s(objectKey)));
    }

    @Override
    public void failed(String exportId, String reason) {
        finish(exportId, ExportStatus.FAILED, Map.of("failure", s(reason)));
    }

    /** Only a running job finishes, and only once: a late redelivery cannot turn ready into failed. */
    private void finish(String exportId, ExportStatus status, Map<String, AttributeValue> detail) {
        Map<String, String> names = new HashMap<>(Map.of("#status", "status"));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":status", s(status.name()), ":running",
                s(ExportStatus.RUNNING.name())));
        StringBuilder expression = new StringBuilder("SET #status = :status");
        detail.forEach((name, value) -> {
            names.put("#" + name, name);
            values.put(":" + name, value);
            expression.append(", #").append(name).append(" = :").append(name);
        });
        try {
            dynamo.updateItem(update -> update.tableName(table).key(SurveysTable.export(exportId))
                    .updateExpression(expression.toString()).conditionExpression("#status = :running")
                    .expressionAttributeNames(names).expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException alreadyFinished) {
            // a redelivered message finished it first: its outcome stands
        }
    }
}
