package cloud.citizen.catalog.store;

import static cloud.citizen.platform.aws.Attributes.isEmpty;
import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import cloud.citizen.platform.aws.QueryPages;
import cloud.citizen.catalog.domain.Department;
import cloud.citizen.catalog.domain.District;
import cloud.citizen.catalog.domain.Owner;
import cloud.citizen.catalog.domain.Service;
import cloud.citizen.catalog.domain.ServiceDraft;
import cloud.citizen.catalog.domain.ServiceExistsException;
import cloud.citizen.catalog.domain.ServiceNotFoundException;
import cloud.citizen.catalog.domain.UnknownOwnerException;
import cloud.citizen.catalog.service.CatalogContents;
import cloud.citizen.catalog.service.CatalogStore;
import cloud.citizen.platform.aws.TransactionFailures;

/** Departments, districts and services in {@link CatalogTable}. */
public final class DynamoCatalogStore implements CatalogStore {
    private static final int MAX_ATTEMPTS = 5;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoCatalogStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public CatalogContents loadAll() {
        List<Service> services = new ArrayList<>();
        for (int shard = 0; shard < CatalogTable.SERVICE_SHARDS; shard++) {
            services.addAll(partition(CatalogTable.servicePartition(shard), ServiceItems::fromItem));
        }
        return new CatalogContents(
                partition(CatalogTable.DEPARTMENTS, item -> new Department(text(item, "departmentId"), text(item, "name"))),
                partition(CatalogTable.DISTRICTS, item -> new District(text(item, "districtId"), text(item, "name"))),
                services);
    }

    private <T> List<T> partition(String pk, Function<Map<String, AttributeValue>, T> mapper) {
        return QueryPages.items(dynamo, QueryRequest.builder().tableName(table).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s(pk))).build()).stream().map(mapper).toList();
    }

    @Override
    public Optional<Service> find(String serviceId) {
        Map<String, AttributeValue> item = dynamo.getItem(get -> get.tableName(table)
                .key(ServiceItems.serviceKey(serviceId)).consistentRead(true)).item();
        return isEmpty(item) ? Optional.empty() : Optional.of(ServiceItems.fromItem(item));
    }

    @Override
    public void create(Service service) {
        try {
            retryingConflicts(() -> dynamo.transactWriteItems(tx -> tx.transactItems(ownerExists(service.owner()),
                    TransactWriteItem.builder().put(put -> put.tableName(table).item(ServiceItems.toItem(service))
                            .conditionExpression("attribute_not_exists(pk)")).build())));
        } catch (TransactionCanceledException e) {
            throw refusal(e, service.owner(), new ServiceExistsException(service.serviceId()));
        }
    }

    @Override
    public Service replace(String serviceId, ServiceDraft draft) {
        String owner = ServiceItems.ownerAttribute(draft.owner());
        String other = owner.equals("departmentId") ? "districtId" : "departmentId";
        try {
            retryingConflicts(() -> dynamo.transactWriteItems(tx -> tx.transactItems(ownerExists(draft.owner()),
                    TransactWriteItem.builder().update(update -> update.tableName(table)
                            .key(ServiceItems.serviceKey(serviceId))
                            // a replace never creates: PUT of an unknown id is a 404
                            .conditionExpression("attribute_exists(pk)")
                            .updateExpression("SET #name = :name, #category = :category, " + owner + " = :owner,"
                                    + " #online = :online, #keywords = :keywords REMOVE " + other)
                            // name and online are DynamoDB reserved words: every attribute goes by a placeholder
                            .expressionAttributeNames(Map.of("#name", "name", "#category", "category",
                                    "#online", "online", "#keywords", "keywords"))
                            .expressionAttributeValues(Map.of(":name", s(draft.name()), ":category",
                                    s(draft.category()), ":owner", s(draft.owner().id()),
                                    ":online", AttributeValue.fromBool(draft.online()),
                                    ":keywords", ServiceItems.keywords(draft.keywords()))))
                            .build())));
        } catch (TransactionCanceledException e) {
            throw refusal(e, draft.owner(), new ServiceNotFoundException(serviceId));
        }
        return find(serviceId).orElseThrow(() -> new ServiceNotFoundException(serviceId));
    }

    /** The service is written only if its department or district exists at that moment (item 0 of the transaction). */
    TransactWriteItem ownerExists(Owner owner) {
        return TransactWriteItem.builder().conditionCheck(check -> check.tableName(table)
                .key(ServiceItems.ownerKey(owner)).conditionExpression("attribute_exists(pk)")).build();
    }

    /**
     * DynamoDB cancels a transaction that meets another one on the same item (TransactionConflict,
     * nothing written); run it again, so that of two concurrent decisions one wins and the other
     * then fails its condition, instead of both failing.
     */
    static void retryingConflicts(Runnable transaction) {
        for (int attempt = 1;; attempt++) {
            try {
                transaction.run();
                return;
            } catch (TransactionCanceledException e) {
                if (attempt == MAX_ATTEMPTS || !TransactionFailures.conflicted(e)) {
                    throw e;
                }
            }
        }
    }

    static RuntimeException refusal(TransactionCanceledException e, Owner owner, RuntimeException whenItemFailed) {
        if (TransactionFailures.conditionFailed(e, 0)) {
            return new UnknownOwnerException(owner);
        }
        if (TransactionFailures.conditionFailed(e, 1)) {
            return whenItemFailed;
        }
        return e;
    }

    // ---- loading fixed data (the local platform's seed): each item once, never overwriting

    public boolean addIfAbsent(Department department) {
        return putIfAbsent(ServiceItems.toItem(department));
    }

    public boolean addIfAbsent(District district) {
        return putIfAbsent(ServiceItems.toItem(district));
    }

    /** Unlike {@link #create}, with no check of the owner: a loader adds owners first. */
    public boolean addIfAbsent(Service service) {
        return putIfAbsent(ServiceItems.toItem(service));
    }

    private boolean putIfAbsent(Map<String, AttributeValue> item) {
        try {
            dynamo.putItem(put -> put.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
