package cloud.citizen.votes.store;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.s;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.platform.aws.TransactionFailures;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.outbox.OutboxEvent;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.votes.domain.DeveloperRepresentativeTakenException;
import cloud.citizen.votes.domain.DirectoryUser;
import cloud.citizen.votes.domain.OwnerNotFoundException;
import cloud.citizen.votes.domain.Unit;
import cloud.citizen.votes.events.VotesMessages;
import cloud.citizen.votes.service.Roster;

/** The roster in VotesTable: units, owner bindings (both directions) and the roster lock. */
public final class DynamoRoster implements Roster {
    private static final int UNITS_PER_TRANSACTION = 99; // + the roster item = DynamoDB's 100

    private final DynamoDbClient dynamo;
    private final String table;
    private final Outbox outbox;
    private final Optional<String> ownershipQueueUrl;
    private final CursorCodec cursors;
    private final Clock clock;
    private final RosterLock lock;

    public DynamoRoster(DynamoDbClient dynamo, String table, Outbox outbox, Optional<String> ownershipQueueUrl,
            CursorCodec cursors, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.outbox = outbox;
        this.ownershipQueueUrl = ownershipQueueUrl;
        this.cursors = cursors;
        this.clock = clock;
        this.lock = new RosterLock(dynamo, table, clock);
    }

    @Override
    public void load(String communityId, List<Unit> units) {
        long lease = lock.acquireLease(communityId);
        try {
            for (int from = 0; from < units.size(); from += UNITS_PER_TRANSACTION) {
                List<TransactWriteItem> items = new ArrayList<>();
                units.subList(from, Math.min(units.size(), from + UNITS_PER_TRANSACTION))
                        .forEach(unit -> items.add(upsert(unit)));
                items.add(lock.changeUnderLease(communityId, lease));
                Transactions.write(dynamo, items);
            }
        } finally {
            lock.releaseLease(communityId, lease);
        }
    }

    /** Creates or updates a unit; its owners stay as they are. */
    private TransactWriteItem upsert(Unit unit) {
        return TransactWriteItem.builder().update(u -> u.tableName(table)
                .key(VotesTable.unit(unit.communityId(), unit.unitId()))
                .updateExpression("SET communityId = :c, unitId = :u, building = :b, #number = :no, areaCenti = :a,"
                        + " developerHeld = :d")
                .expressionAttributeNames(Map.of("#number", "number"))
                .expressionAttributeValues(Map.of(":c", s(unit.communityId()), ":u", s(unit.unitId()),
                        ":b", s(unit.building()), ":no", s(unit.number()), ":a", n(unit.areaCenti()),
                        ":d", AttributeValue.fromBool(unit.developerHeld())))).build();
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
        String queue = ownershipQueueUrl.orElseThrow(() -> new IllegalStateException("UNIT_OWNERSHIP_QUEUE_URL is not set"));
        OutboxEvent event = VotesMessages.ownerBound(queue, user.userId(), unit, clock.instant());
        String unitCondition = unit.developerHeld()
                // the developer's units get one account: its representative
                ? "attribute_exists(pk) AND attribute_not_exists(owners)" : "attribute_exists(pk)";
        List<TransactWriteItem> items = List.of(
                TransactWriteItem.builder().put(p -> p.tableName(table).item(ownershipItem(user.userId(), unit))
                        .conditionExpression("attribute_not_exists(pk)")).build(),
                TransactWriteItem.builder().update(u -> u.tableName(table).key(VotesTable.unit(unit.communityId(), unit.unitId()))
                        .updateExpression("ADD owners :user").conditionExpression(unitCondition)
                        .expressionAttributeValues(Map.of(":user", AttributeValue.fromSs(List.of(user.userId()))))).build(),
                lock.change(unit.communityId()),
                outbox.record(event));
        try {
            Transactions.write(dynamo, items);
        } catch (TransactionCanceledException e) {
            if (TransactionFailures.conditionFailed(e, 0)) {
                return false; // already an owner: binding again changes nothing
            }
            if (TransactionFailures.conditionFailed(e, 1)) {
                throw new DeveloperRepresentativeTakenException("This developer-held unit already has its representative.");
            }
            if (TransactionFailures.conditionFailed(e, 2)) {
                throw RosterLock.frozen();
            }
            throw e;
        }
        outbox.deliver(event);
        return true;
    }

    private Map<String, AttributeValue> ownershipItem(String userId, Unit unit) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(VotesTable.ownership(userId, unit.communityId(), unit.unitId()));
        item.put("communityId", s(unit.communityId()));
        item.put("unitId", s(unit.unitId()));
        return item;
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

    @Override
    public List<Unit> unitsOf(String userId) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        dynamo.queryPaginator(q -> q.tableName(table).keyConditionExpression("pk = :pk AND begins_with(sk, :unit)")
                .expressionAttributeValues(Map.of(":pk", s("USER#" + userId), ":unit", s("UNIT#"))))
                .items().forEach(item -> keys.add(VotesTable.unit(Attributes.text(item, "communityId"),
                        Attributes.text(item, "unitId"))));
        List<Unit> units = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += 100) {
            units.addAll(batchGet(keys.subList(from, Math.min(keys.size(), from + 100))));
        }
        units.sort(java.util.Comparator.comparing(Unit::communityId).thenComparing(Unit::unitId));
        return units;
    }

    private List<Unit> batchGet(List<Map<String, AttributeValue>> keys) {
        List<Unit> units = new ArrayList<>();
        Map<String, KeysAndAttributes> request = Map.of(table, KeysAndAttributes.builder().keys(keys).build());
        while (!request.isEmpty()) {
            Map<String, KeysAndAttributes> ask = request;
            var response = dynamo.batchGetItem(b -> b.requestItems(ask));
            response.responses().getOrDefault(table, List.of()).forEach(item -> units.add(UnitItems.unit(item)));
            request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
        }
        return units;
    }

    @Override
    public boolean ownsUnitIn(String userId, String communityId) {
        return dynamo.query(q -> q.tableName(table).keyConditionExpression("pk = :pk AND begins_with(sk, :unit)")
                .expressionAttributeValues(Map.of(":pk", s("USER#" + userId), ":unit", s("UNIT#" + communityId + "#")))
                .limit(1)).count() > 0;
    }
}
