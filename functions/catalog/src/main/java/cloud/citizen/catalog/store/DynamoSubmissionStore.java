package cloud.citizen.catalog.store;

import static cloud.citizen.platform.aws.Attributes.isEmpty;
import static cloud.citizen.platform.aws.Attributes.s;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import cloud.citizen.catalog.domain.AlreadyDecidedException;
import cloud.citizen.catalog.domain.Service;
import cloud.citizen.catalog.domain.ServiceExistsException;
import cloud.citizen.catalog.domain.Submission;
import cloud.citizen.catalog.domain.SubmissionNotFoundException;
import cloud.citizen.catalog.domain.SubmissionStatus;
import cloud.citizen.catalog.domain.UnknownOwnerException;
import cloud.citizen.catalog.service.SubmissionStore;
import cloud.citizen.platform.aws.TransactionFailures;

/** Submissions in {@link CatalogTable}; the decision is guarded by {@code status = pending}. */
public final class DynamoSubmissionStore implements SubmissionStore {
    private final DynamoDbClient dynamo;
    private final String table;
    private final DynamoCatalogStore catalog;

    public DynamoSubmissionStore(DynamoDbClient dynamo, String table, DynamoCatalogStore catalog) {
        this.dynamo = dynamo;
        this.table = table;
        this.catalog = catalog;
    }

    @Override
    public void add(Submission submission) {
        dynamo.putItem(put -> put.tableName(table).item(SubmissionItems.toItem(submission))
                .conditionExpression("attribute_not_exists(pk)"));
    }

    @Override
    public Optional<Submission> find(String submissionId) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table)
                .key(SubmissionItems.key(submissionId)).consistentRead(true)).item();
        return isEmpty(item) ? Optional.empty() : Optional.of(SubmissionItems.fromItem(item));
    }

    @Override
    public void reject(String submissionId, String reason, Instant decidedAt) {
        Update decided = decision(submissionId, SubmissionStatus.REJECTED, Optional.of(reason), Optional.empty(),
                decidedAt);
        try {
            DynamoCatalogStore.retryingConflicts(() -> dynamo.transactWriteItems(tx -> tx.transactItems(
                    TransactWriteItem.builder().update(decided).build())));
        } catch (TransactionCanceledException e) {
            if (TransactionFailures.conditionFailed(e, 0)) {
                throw whyNotPending(submissionId);
            }
            throw e;
        }
    }

    @Override
    public void approve(String submissionId, Optional<String> reason, Service service, Instant decidedAt) {
        Update decided = decision(submissionId, SubmissionStatus.APPROVED, reason, Optional.of(service.serviceId()),
                decidedAt);
        try {
            DynamoCatalogStore.retryingConflicts(() -> dynamo.transactWriteItems(tx -> tx.transactItems(
                    catalog.ownerExists(service.owner()),
                    TransactWriteItem.builder().put(put -> put.tableName(table).item(ServiceItems.toItem(service))
                            .conditionExpression("attribute_not_exists(pk)")).build(),
                    TransactWriteItem.builder().update(decided).build())));
        } catch (TransactionCanceledException e) {
            if (TransactionFailures.conditionFailed(e, 2)) {
                throw whyNotPending(submissionId);
            }
            throw DynamoCatalogStore.refusal(e, service.owner(), new ServiceExistsException(service.serviceId()));
        }
    }

    /** The one decision: only a pending submission may be decided (two admins at once -> one wins). */
    private Update decision(String submissionId, SubmissionStatus outcome, Optional<String> reason,
            Optional<String> serviceId, Instant decidedAt) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pending", SubmissionItems.status(SubmissionStatus.PENDING),
                ":outcome", SubmissionItems.status(outcome), ":decidedAt", s(decidedAt.toString())));
        StringBuilder set = new StringBuilder("SET #status = :outcome, decidedAt = :decidedAt");
        reason.ifPresent(r -> {
            values.put(":reason", s(r));
            set.append(", reason = :reason");
        });
        serviceId.ifPresent(id -> {
            values.put(":serviceId", s(id));
            set.append(", serviceId = :serviceId");
        });
        return Update.builder().tableName(table).key(SubmissionItems.key(submissionId))
                .conditionExpression("#status = :pending").updateExpression(set.toString())
                .expressionAttributeNames(Map.of("#status", "status")).expressionAttributeValues(values).build();
    }

    /** Read only to word the refusal; the condition already kept the decision from being written twice. */
    private RuntimeException whyNotPending(String submissionId) {
        return find(submissionId).isPresent() ? new AlreadyDecidedException() : new SubmissionNotFoundException();
    }
}
