package cloud.citizen.votes.store;

import static cloud.citizen.platform.aws.Attributes.s;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import cloud.citizen.platform.aws.QueryPages;
import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.platform.aws.TransactionFailures;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.outbox.OutboxEvent;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.votes.domain.DeveloperRepresentativeTakenException;
import cloud.citizen.votes.domain.DirectoryUser;
import cloud.citizen.votes.domain.OwnedUnit;
import cloud.citizen.votes.domain.OwnerNotFoundException;
import cloud.citizen.votes.domain.Unit;
import cloud.citizen.votes.events.VotesMessages;
import cloud.citizen.votes.service.Roster;

/** The roster in VotesTable: units, owner bindings (both directions) and the roster lock. */
public final class DynamoRoster implements Roster {
    private static final int BIND_ATTEMPTS = 3;
    private static final Comparator<OwnedUnit> BY_COMMUNITY_AND_UNIT = Comparator.comparing(OwnedUnit::communityId)
            .thenComparing(OwnedUnit::unitId);

    private final DynamoDbClient dynamo;
    private final String table;
    private final Outbox outbox;
    private final Optional<String> ownershipQueueUrl;
    private final CursorCodec cursors;
    private final Clock clock;
    private final RosterLock lock;
    private final UnitUpload upload;

    public DynamoRoster(DynamoDbClient dynamo, String table, Outbox outbox, Optional<String> ownershipQueueUrl,
            CursorCodec cursors, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.outbox = outbox;
        this.ownershipQueueUrl = ownershipQueueUrl;
        this.cursors = cursors;
        this.clock = clock;
        this.lock = new RosterLock(dynamo, table, clock);
        this.upload = new UnitUpload(dynamo, table);
    }

    @Override
    public void load(String communityId, List<Unit> units) {
        long lease = lock.acquireLease(communityId);
        try {
            upload.write(communityId, units, () -> lock.changeUnderLease(communityId, lease));
        } finally {
            lock.releaseLease(communityId, lease);
        }
    }

    @Override
    public Optional<Unit> unit(String communityId, String unitId) {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table)
                .key(VotesTable.unit(communityId, unitId)).consistentRead(true)).item();
        return Attributes.isEmpty(item) ? Optional.empty() : Optional.of(UnitItems.unit(item));
    }

    @Override
    public UnitPage units(String communityId, int limit, String cursor) {
        QueryResponse page = dynamo.query(q -> q.tableName(table).keyConditionExpression("pk = :pk AND begins_with(sk, :unit)")
                .expressionAttributeValues(Map.of(":pk", s("COMMUNITY#" + communityId), ":unit", s("UNIT#")))
                .limit(limit).exclusiveStartKey(cursors.decode(cursor, "units|" + communityId)));
        return new UnitPage(page.items().stream().map(UnitItems::unit).toList(),
                page.hasLastEvaluatedKey() ? cursors.encode(page.lastEvaluatedKey(), "units|" + communityId) : null);
    }

    @Override
    public List<Unit> allUnits(String communityId) {
        List<Unit> units = new ArrayList<>();
        dynamo.queryPaginator(q -> q.tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :unit)")
                .expressionAttributeValues(Map.of(":pk", s("COMMUNITY#" + communityId), ":unit", s("UNIT#"))))
                .items().forEach(item -> units.add(UnitItems.unit(item)));
        return units;
    }

    @Override
    public boolean bindOwner(Unit unit, DirectoryUser user) {
        Unit asRead = unit;
        for (int attempt = 1; attempt <= BIND_ATTEMPTS; attempt++) {
            Optional<Boolean> bound = tryBind(asRead, user);
            if (bound.isPresent()) {
                return bound.get();
            }
            asRead = unit(unit.communityId(), unit.unitId()).orElseThrow(RosterLock::frozen);
        }
        throw RosterLock.frozen(); // the unit's details keep changing under us: an upload is running
    }

    /**
     * One binding transaction for the unit as read: its ownership item carries a copy of the unit's
     * details, so the unit's update is conditioned on those details being unchanged.
     * @return whether the user became an owner; empty when the details changed since the read
     */
    private Optional<Boolean> tryBind(Unit unit, DirectoryUser user) {
        String queue = ownershipQueueUrl.orElseThrow(() -> new IllegalStateException("UNIT_OWNERSHIP_QUEUE_URL is not set"));
        OutboxEvent event = VotesMessages.ownerBound(queue, user.userId(), unit, clock.instant());
        String unitCondition = "attribute_exists(pk) AND developerHeld = :d AND " + OwnershipItems.DETAILS
                // the developer's units get one account: its representative
                + (unit.developerHeld() ? " AND attribute_not_exists(owners)" : "");
        Map<String, AttributeValue> values = new HashMap<>(OwnershipItems.detailValues(unit));
        values.put(":user", AttributeValue.fromSs(List.of(user.userId())));
        values.put(":d", AttributeValue.fromBool(unit.developerHeld()));
        List<TransactWriteItem> items = List.of(
                TransactWriteItem.builder().put(p -> p.tableName(table).item(OwnershipItems.item(user.userId(), unit))
                        .conditionExpression("attribute_not_exists(pk)")).build(),
                TransactWriteItem.builder().update(u -> u.tableName(table).key(VotesTable.unit(unit.communityId(), unit.unitId()))
                        .updateExpression("ADD owners :user").conditionExpression(unitCondition)
                        .expressionAttributeNames(Map.of("#number", "number")).expressionAttributeValues(values)).build(),
                lock.change(unit.communityId()),
                outbox.record(event));
        try {
            Transactions.write(dynamo, items);
        } catch (TransactionCanceledException e) {
            if (TransactionFailures.conditionFailed(e, 0)) {
                return Optional.of(false); // already an owner: binding again changes nothing
            }
            if (TransactionFailures.conditionFailed(e, 2)) {
                throw RosterLock.frozen();
            }
            if (TransactionFailures.conditionFailed(e, 1)) {
                if (detailsChanged(unit)) {
                    return Optional.empty();
                }
                throw new DeveloperRepresentativeTakenException("This developer-held unit already has its representative.");
            }
            throw e;
        }
        outbox.deliver(event);
        return Optional.of(true);
    }

    private boolean detailsChanged(Unit asRead) {
        return unit(asRead.communityId(), asRead.unitId())
                .map(now -> !OwnedUnit.of(now).equals(OwnedUnit.of(asRead)) || now.developerHeld() != asRead.developerHeld())
                .orElse(true);
    }

    @Override
    public void removeOwner(Unit unit, String userId) {
        String queue = ownershipQueueUrl.orElseThrow(() -> new IllegalStateException("UNIT_OWNERSHIP_QUEUE_URL is not set"));
        OutboxEvent event = VotesMessages.ownerRemoved(queue, userId, unit, clock.instant());
        List<TransactWriteItem> items = List.of(
                TransactWriteItem.builder().delete(d -> d.tableName(table)
                        .key(VotesTable.ownership(userId, unit.communityId(), unit.unitId()))
                        .conditionExpression("attribute_exists(pk)")).build(),
                TransactWriteItem.builder().update(u -> u.tableName(table).key(VotesTable.unit(unit.communityId(), unit.unitId()))
                        .updateExpression("DELETE owners :user")
                        .expressionAttributeValues(Map.of(":user", AttributeValue.fromSs(List.of(userId))))).build(),
                lock.change(unit.communityId()),
                outbox.record(event));
        try {
            Transactions.write(dynamo, items);
        } catch (TransactionCanceledException e) {
            if (TransactionFailures.conditionFailed(e, 0)) {
                throw new OwnerNotFoundException("User " + userId + " does not own unit " + unit.unitId() + ".");
            }
            if (TransactionFailures.conditionFailed(e, 2)) {
                throw RosterLock.frozen();
            }
            throw e;
        }
        outbox.deliver(event);
    }

    /** One query: each ownership item carries its unit's details; items older than that copy read the unit. */
    @Override
    public List<OwnedUnit> unitsOf(String userId) {
        List<OwnedUnit> units = new ArrayList<>();
        List<Map<String, AttributeValue>> withoutCopy = new ArrayList<>();
        QueryPages.forEachItem(dynamo, QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :unit)")
                .expressionAttributeValues(Map.of(":pk", s("USER#" + userId), ":unit", s("UNIT#"))).build(),
                item -> OwnershipItems.owned(item).ifPresentOrElse(units::add, () -> withoutCopy.add(
                        VotesTable.unit(Attributes.text(item, "communityId"), Attributes.text(item, "unitId")))));
        BatchReads.items(dynamo, table, withoutCopy, read -> read)
                .forEach(item -> units.add(OwnedUnit.of(UnitItems.unit(item))));
        units.sort(BY_COMMUNITY_AND_UNIT);
        return units;
    }

    @Override
    public boolean ownsUnitIn(String userId, String communityId) {
        return dynamo.query(q -> q.tableName(table).keyConditionExpression("pk = :pk AND begins_with(sk, :unit)")
                .expressionAttributeValues(Map.of(":pk", s("USER#" + userId), ":unit", s("UNIT#" + communityId + "#")))
                .limit(1)).count() > 0;
    }
}
