package cloud.citizen.votes.store;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import cloud.citizen.platform.aws.TransactionFailures;
import cloud.citizen.votes.domain.Unit;

/**
 * Writes uploaded units: each unit's details, and the same details into the copy every current
 * owner's ownership item keeps ({@link OwnershipItems}), in transactions of up to 100 items that
 * end with the roster's lease item. The owners are read first (consistently); each unit's update
 * is conditioned on its owners being exactly those, so a copy can never be missed: if an owner
 * came or went after the read (possible only once the upload's lease ran out), the transaction is
 * cancelled whole and rebuilt from a fresh read.
 */
final class UnitUpload {
    private static final int ITEMS_PER_TRANSACTION = 99; // + the roster item = DynamoDB's 100
    private static final int ATTEMPTS = 3;

    private final DynamoDbClient dynamo;
    private final String table;

    UnitUpload(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** @param leaseChange the roster item's update under this upload's lease, last in every transaction */
    void write(String communityId, List<Unit> units, Supplier<TransactWriteItem> leaseChange) {
        Map<String, Set<String>> owners = currentOwners(communityId, units);
        for (List<Unit> group : groups(units, owners)) {
            writeGroup(communityId, group, owners, leaseChange);
        }
    }

    private void writeGroup(String communityId, List<Unit> group, Map<String, Set<String>> owners,
            Supplier<TransactWriteItem> leaseChange) {
        for (int attempt = 1;; attempt++) {
            List<TransactWriteItem> items = new ArrayList<>();
            group.forEach(unit -> items.addAll(writes(unit, owners.getOrDefault(unit.unitId(), Set.of()))));
            if (items.size() > ITEMS_PER_TRANSACTION) {
                throw RosterLock.frozen(); // owners bound since the read no longer fit: the roster is changing
            }
            items.add(leaseChange.get());
            try {
                Transactions.write(dynamo, items);
                return;
            } catch (TransactionCanceledException e) {
                if (TransactionFailures.conditionFailed(e, items.size() - 1) || attempt >= ATTEMPTS) {
                    throw e;
                }
                owners.putAll(currentOwners(communityId, group)); // an owner came or went: read again
            }
        }
    }

    /** The unit's update (if its owners are still {@code owners}) and one copy update per owner. */
    private List<TransactWriteItem> writes(Unit unit, Set<String> owners) {
        Map<String, AttributeValue> values = new HashMap<>(OwnershipItems.detailValues(unit));
        values.put(":c", s(unit.communityId()));
        values.put(":u", s(unit.unitId()));
        values.put(":d", AttributeValue.fromBool(unit.developerHeld()));
        values.put(":owners", n(owners.size()));
        StringBuilder sameOwners = new StringBuilder(owners.isEmpty()
                ? "(attribute_not_exists(owners) OR size(owners) = :owners)" : "size(owners) = :owners");
        int i = 0;
        for (String owner : owners) {
            values.put(":o" + i, s(owner));
            sameOwners.append(" AND contains(owners, :o").append(i++).append(')');
        }
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().update(u -> u.tableName(table)
                .key(VotesTable.unit(unit.communityId(), unit.unitId()))
                .updateExpression("SET communityId = :c, unitId = :u, building = :b, #number = :no, areaCenti = :a,"
                        + " developerHeld = :d")
                .conditionExpression(sameOwners.toString())
                .expressionAttributeNames(Map.of("#number", "number"))
                .expressionAttributeValues(values)).build());
        owners.forEach(owner -> writes.add(OwnershipItems.copyUpdate(table, owner, unit)));
        return writes;
    }

    /** Units in upload order, cut so that each group's units and copies fit one transaction. */
    private static List<List<Unit>> groups(List<Unit> units, Map<String, Set<String>> owners) {
        List<List<Unit>> groups = new ArrayList<>();
        List<Unit> group = new ArrayList<>();
        int items = 0;
        for (Unit unit : units) {
            int cost = 1 + owners.getOrDefault(unit.unitId(), Set.of()).size();
            if (items + cost > ITEMS_PER_TRANSACTION && !group.isEmpty()) {
                groups.add(group);
                group = new ArrayList<>();
                items = 0;
            }
            group.add(unit);
            items += cost;
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    /** unitId -> owners now, for the units that exist already (consistent reads, 100 keys a call). */
    private Map<String, Set<String>> currentOwners(String communityId, List<Unit> units) {
        Map<String, Set<String>> owners = new HashMap<>();
        units.forEach(unit -> owners.put(unit.unitId(), Set.of()));
        List<Map<String, AttributeValue>> keys = units.stream()
                .map(unit -> VotesTable.unit(communityId, unit.unitId())).toList();
        for (Map<String, AttributeValue> item : BatchReads.items(dynamo, table, keys,
                read -> read.consistentRead(true).projectionExpression("unitId, owners"))) {
            AttributeValue set = item.get("owners");
            owners.put(text(item, "unitId"), set != null && set.hasSs() ? Set.copyOf(set.ss()) : Set.of());
        }
        return owners;
    }
}
