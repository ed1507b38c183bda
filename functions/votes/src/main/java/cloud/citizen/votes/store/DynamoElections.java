package cloud.citizen.votes.store;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.s;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.platform.aws.TransactionFailures;
import cloud.citizen.platform.paging.CursorCodec;
import cloud.citizen.votes.domain.Election;
import cloud.citizen.votes.domain.ElectionStatus;
import cloud.citizen.votes.domain.Electorate;
import cloud.citizen.votes.domain.Results;
import cloud.citizen.votes.domain.VotingGroup;
import cloud.citizen.votes.service.Elections;

/** Elections in VotesTable: items, the due-time index, the frozen electorate and the transitions. */
public final class DynamoElections implements Elections {
    private final DynamoDbClient dynamo;
    private final String table;
    private final CursorCodec cursors;
    private final RosterLock lock;

    public DynamoElections(DynamoDbClient dynamo, String table, CursorCodec cursors, java.time.Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.cursors = cursors;
        this.lock = new RosterLock(dynamo, table, clock);
    }

    @Override
    public void create(Election election) {
        dynamo.putItem(p -> p.tableName(table).item(ElectionItems.item(election)).conditionExpression("attribute_not_exists(pk)"));
    }

    @Override
    public Optional<Election> find(String electionId) {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table).key(VotesTable.election(electionId))
                .consistentRead(true)).item();
        return Attributes.isEmpty(item) ? Optional.empty() : Optional.of(ElectionItems.election(item));
    }

    @Override
    public ElectionPage ofCommunity(String communityId, int limit, String cursor) {
        QueryResponse page = dynamo.query(q -> q.tableName(table).indexName(VotesTable.GSI2)
                .keyConditionExpression("gsi2pk = :pk").scanIndexForward(false)
                .expressionAttributeValues(Map.of(":pk", s("COMMUNITY#" + communityId)))
                .limit(limit).exclusiveStartKey(cursors.decode(cursor, "elections|" + communityId)));
        return new ElectionPage(page.items().stream().map(ElectionItems::election).toList(),
                page.hasLastEvaluatedKey() ? cursors.encode(page.lastEvaluatedKey(), "elections|" + communityId) : null);
    }

    @Override
    public List<String> dueToOpen(Instant now) {
        return due(VotesTable.OPENS, now);
    }

    @Override
    public List<String> dueToClose(Instant now) {
        return due(VotesTable.CLOSES, now);
    }

    private List<String> due(String kind, Instant now) {
        List<String> ids = new ArrayList<>();
        dynamo.queryPaginator(q -> q.tableName(table).indexName(VotesTable.GSI1)
                .keyConditionExpression("gsi1pk = :kind AND gsi1sk <= :now")
                .expressionAttributeValues(Map.of(":kind", s(kind), ":now", s(VotesTable.timeKey(now, "~")))))
                .items().forEach(item -> ids.add(Attributes.text(item, "electionId")));
        return ids;
    }

    @Override
    public long rosterVersion(String communityId) {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table).key(VotesTable.roster(communityId))
                .consistentRead(true)).item();
        return Attributes.isEmpty(item) ? 0 : Attributes.number(item, "version");
    }

    /**
     * Each frozen unit item carries its whole group (the electorate never changes once frozen), so
     * a ballot finds its group in one read; the group items stay for readers of whole groups.
     */
    @Override
    public void freeze(Election election, Electorate electorate) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (VotingGroup group : electorate.groups()) {
            Map<String, AttributeValue> attributes = groupAttributes(group);
            Map<String, AttributeValue> item = new HashMap<>(VotesTable.frozenGroup(election.electionId(), group.groupId()));
            item.putAll(attributes);
            items.add(item);
            for (String unitId : group.unitIds()) {
                Map<String, AttributeValue> unit = new HashMap<>(VotesTable.frozenUnit(election.electionId(), unitId));
                unit.putAll(attributes);
                items.add(unit);
            }
        }
        BatchWriter.putAll(dynamo, table, items);
    }

    private static Map<String, AttributeValue> groupAttributes(VotingGroup group) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("groupId", s(group.groupId()));
        item.put("unitIds", AttributeValue.fromL(group.unitIds().stream().map(Attributes::s).toList()));
        item.put("areaCenti", n(group.areaCenti()));
        item.put("developerHeld", AttributeValue.fromBool(group.developerHeld()));
        if (!group.owners().isEmpty()) {
            item.put("owners", AttributeValue.fromSs(List.copyOf(group.owners())));
        }
        return item;
    }

    @Override
    public boolean open(Election election, Electorate electorate, long rosterVersion) {
        String id = election.electionId();
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().update(u -> u.tableName(table).key(VotesTable.election(id))
                .updateExpression("SET #status = :open, electorateUnits = :units, electorateOwners = :owners,"
                        + " electorateAreaCenti = :area, gsi1pk = :closes, gsi1sk = :closesAt")
                .conditionExpression("#status = :scheduled").expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":open", s(ElectionStatus.OPEN.name()),
                        ":scheduled", s(ElectionStatus.SCHEDULED.name()), ":units", n(electorate.units()),
                        ":owners", n(electorate.owners()), ":area", n(electorate.areaCenti()),
                        ":closes", s(VotesTable.CLOSES), ":closesAt", s(VotesTable.timeKey(election.closesAt(), id)))))
                .build());
        // the roster must still be the one the electorate was computed from, and no upload may be running
        String sameVersion = rosterVersion == 0 ? "attribute_not_exists(version)" : "version = :version";
        Map<String, AttributeValue> values = lock.unlockedValues(Map.of(":one", n(1)));
        if (rosterVersion != 0) {
            values.put(":version", n(rosterVersion));
        }
        items.add(TransactWriteItem.builder().update(u -> u.tableName(table).key(VotesTable.roster(election.communityId()))
                .updateExpression("ADD openElections :one")
                .conditionExpression(sameVersion + " AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)")
                .expressionAttributeValues(withoutZero(values))).build());
        items.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(VotesTable.pendingNotice(id))).build());
        for (int shard = 0; shard < VotesTable.SHARDS; shard++) {
            Map<String, AttributeValue> counter = new HashMap<>(VotesTable.turnout(id, shard));
            counter.put("isOpen", AttributeValue.fromBool(true));
            counter.put("ballots", n(0));
            counter.put("unitsVoted", n(0));
            counter.put("areaVotedCenti", n(0));
            items.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(counter)).build());
        }
        try {
            Transactions.write(dynamo, items);
            return true;
        } catch (TransactionCanceledException e) {
            if (TransactionFailures.conditionFailed(e, 0)) {
                return true; // opened by someone else meanwhile
            }
            if (TransactionFailures.conditionFailed(e, 1)) {
                return false;
            }
            throw e;
        }
    }

    private static Map<String, AttributeValue> withoutZero(Map<String, AttributeValue> values) {
        Map<String, AttributeValue> copy = new HashMap<>(values);
        copy.remove(":zero");
        return copy;
    }

    @Override
    public boolean beginClosing(Election election, Instant closedAt) {
        String id = election.electionId();
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(TransactWriteItem.builder().update(u -> u.tableName(table).key(VotesTable.election(id))
                .updateExpression("SET #status = :closing, closedAt = :closedAt, gsi1sk = :due")
                .conditionExpression("#status = :open").expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":closing", s(ElectionStatus.CLOSING.name()),
                        ":open", s(ElectionStatus.OPEN.name()), ":closedAt", n(closedAt.toEpochMilli()),
                        ":due", s(VotesTable.timeKey(closedAt, id))))).build());
        for (int shard = 0; shard < VotesTable.SHARDS; shard++) {
            int n = shard;
            items.add(TransactWriteItem.builder().update(u -> u.tableName(table).key(VotesTable.turnout(id, n))
                    .updateExpression("SET isOpen = :false")
                    .expressionAttributeValues(Map.of(":false", AttributeValue.fromBool(false)))).build());
        }
        items.add(TransactWriteItem.builder().update(u -> u.tableName(table).key(VotesTable.roster(election.communityId()))
                .updateExpression("ADD openElections :minusOne")
                .expressionAttributeValues(Map.of(":minusOne", n(-1)))).build());
        try {
            Transactions.write(dynamo, items);
            return true;
        } catch (TransactionCanceledException e) {
            if (TransactionFailures.conditionFailed(e, 0)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void finishClosing(Election election, Results results) {
        try {
            dynamo.updateItem(u -> u.tableName(table).key(VotesTable.election(election.electionId()))
                    .updateExpression("SET #status = :closed, results = :results REMOVE gsi1pk, gsi1sk")
                    .conditionExpression("#status = :closing").expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":closed", s(ElectionStatus.CLOSED.name()),
                            ":closing", s(ElectionStatus.CLOSING.name()), ":results", ResultItems.attribute(results))));
        } catch (ConditionalCheckFailedException finishedByAnother) {
            // counting is deterministic: the other finisher wrote the same results
        }
    }

    @Override
    public Optional<Results> results(String electionId) {
        Map<String, AttributeValue> item = dynamo.getItem(g -> g.tableName(table).key(VotesTable.election(electionId))
                .consistentRead(true)).item();
        return Attributes.isEmpty(item) || !item.containsKey("results") ? Optional.empty()
                : Optional.of(ResultItems.results(item.get("results")));
    }

    @Override
    public Set<String> frozenOwners(String electionId) {
        Set<String> owners = new HashSet<>();
        dynamo.queryPaginator(q -> q.tableName(table).keyConditionExpression("pk = :pk AND begins_with(sk, :group)")
                .expressionAttributeValues(Map.of(":pk", s("ELECTION#" + electionId), ":group", s("GROUP#")))
                .projectionExpression("owners")).items().forEach(item -> {
                    if (item.containsKey("owners")) {
                        owners.addAll(item.get("owners").ss());
                    }
                });
        return owners;
    }
}
