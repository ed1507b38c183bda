package cloud.citizen.votes.store;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.number;
import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import cloud.citizen.platform.aws.Attributes;
import cloud.citizen.platform.aws.TransactionFailures;
import cloud.citizen.platform.outbox.Outbox;
import cloud.citizen.platform.outbox.OutboxEvent;
import cloud.citizen.platform.usage.ServiceUse;
import cloud.citizen.platform.usage.UsageKind;
import cloud.citizen.votes.domain.AlreadyVotedException;
import cloud.citizen.votes.domain.Ballot;
import cloud.citizen.votes.domain.Election;
import cloud.citizen.votes.domain.ElectionNotOpenException;
import cloud.citizen.votes.domain.Turnout;
import cloud.citizen.votes.domain.VotingGroup;
import cloud.citizen.votes.service.BallotBox;

/** Ballots, receipts and the sharded live counters in VotesTable (key design there). */
public final class DynamoBallotBox implements BallotBox {
    static final String SERVICE_ID = "votes.ballot";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Outbox outbox;
    private final Optional<String> statsQueueUrl;

    public DynamoBallotBox(DynamoDbClient dynamo, String table, Outbox outbox, Optional<String> statsQueueUrl) {
        this.dynamo = dynamo;
        this.table = table;
        this.outbox = outbox;
        this.statsQueueUrl = statsQueueUrl;
    }

    @Override
    public Optional<VotingGroup> groupOf(Election election, String unitId) {
        Map<String, AttributeValue> unit = get(VotesTable.frozenUnit(election.electionId(), unitId));
        if (Attributes.isEmpty(unit)) {
            return Optional.empty();
        }
        // units frozen before they carried their group (2026-11-30) name it only
        Map<String, AttributeValue> group = unit.containsKey("unitIds") ? unit
                : get(VotesTable.frozenGroup(election.electionId(), text(unit, "groupId")));
        if (Attributes.isEmpty(group)) {
            return Optional.empty();
        }
        AttributeValue owners = group.get("owners");
        return Optional.of(new VotingGroup(text(group, "groupId"),
                group.get("unitIds").l().stream().map(AttributeValue::s).toList(), number(group, "areaCenti"),
                owners == null ? Set.of() : Set.copyOf(owners.ss()), Boolean.TRUE.equals(group.get("developerHeld").bool())));
    }

    private Map<String, AttributeValue> get(Map<String, AttributeValue> key) {
        return dynamo.getItem(g -> g.tableName(table).key(key).consistentRead(true)).item();
    }

    @Override
    public void cast(Election election, Ballot ballot, String receiptHash, String voterId) {
        String id = election.electionId();
        String statsQueue = statsQueueUrl.orElseThrow(() -> new IllegalStateException("STATS_QUEUE_URL is not set"));
        OutboxEvent usage = ServiceUse.of(UsageKind.BALLOT, voterId, Optional.of(SERVICE_ID), 0, ballot.castAt())
                .toOutboxEvent(statsQueue);
        Map<String, AttributeValue> ballotItem = new HashMap<>(VotesTable.ballot(id, ballot.groupId()));
        ballotItem.put("groupId", s(ballot.groupId()));
        ballotItem.put("unitIds", AttributeValue.fromL(ballot.unitIds().stream().map(Attributes::s).toList()));
        ballotItem.put("areaCenti", n(ballot.areaCenti()));
        ballotItem.put("choices", AttributeValue.fromL(ballot.choices().stream().map(Attributes::s).toList()));
        ballotItem.put("castAt", s(ballot.castAt().toString()));
        ballotItem.put("receiptHash", s(receiptHash));
        Map<String, AttributeValue> receipt = new HashMap<>(VotesTable.receipt(receiptHash));
        receipt.put("electionId", s(id));
        List<TransactWriteItem> items = List.of(
                // one ballot per voting group, whoever of its owners casts it
                TransactWriteItem.builder().put(p -> p.tableName(table).item(ballotItem)
                        .conditionExpression("attribute_not_exists(pk)")).build(),
                // counted only while the election is open: closing turns isOpen off in its own transaction
                TransactWriteItem.builder().update(u -> u.tableName(table)
                        .key(VotesTable.turnout(id, VotesTable.shardOf(ballot.groupId())))
                        .updateExpression("ADD ballots :one, unitsVoted :units, areaVotedCenti :area")
                        .conditionExpression("isOpen = :true")
                        .expressionAttributeValues(Map.of(":one", n(1), ":units", n(ballot.unitIds().size()),
                                ":area", n(ballot.areaCenti()), ":true", AttributeValue.fromBool(true)))).build(),
                TransactWriteItem.builder().put(p -> p.tableName(table).item(receipt)
                        .conditionExpression("attribute_not_exists(pk)")).build(),
                outbox.record(usage));
        try {
            Transactions.write(dynamo, items);
        } catch (TransactionCanceledException e) {
            if (TransactionFailures.conditionFailed(e, 0)) {
                throw new AlreadyVotedException("A ballot for this unit's voting group has been cast already.");
            }
            if (TransactionFailures.conditionFailed(e, 1)) {
                throw new ElectionNotOpenException("This election has closed.");
            }
            throw e;
        }
        outbox.deliver(usage);
    }

    @Override
    public Turnout turnout(Election election) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int shard = 0; shard < VotesTable.SHARDS; shard++) {
            keys.add(VotesTable.turnout(election.electionId(), shard));
        }
        long ballots = 0;
        long units = 0;
        long area = 0;
        for (Map<String, AttributeValue> item : BatchReads.items(dynamo, table, keys, read -> read.consistentRead(true))) {
            ballots += number(item, "ballots");
            units += number(item, "unitsVoted");
            area += number(item, "areaVotedCenti");
        }
        Turnout electorate = election.electorate().orElse(new Turnout(0, 0, 0, 0, 0, 0));
        return new Turnout(electorate.units(), units, electorate.owners(), ballots, electorate.areaCenti(), area);
    }

    @Override
    public List<Ballot> ballots(Election election) {
        List<Ballot> ballots = new ArrayList<>();
        for (int shard = 0; shard < VotesTable.SHARDS; shard++) {
            String pk = VotesTable.shardPk(election.electionId(), shard);
            dynamo.queryPaginator(q -> q.tableName(table).consistentRead(true)
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :ballot)")
                    .expressionAttributeValues(Map.of(":pk", s(pk), ":ballot", s("BALLOT#"))))
                    .items().forEach(item -> ballots.add(ballot(item)));
        }
        return ballots;
    }

    private static Ballot ballot(Map<String, AttributeValue> item) {
        return new Ballot(text(item, "groupId"), item.get("unitIds").l().stream().map(AttributeValue::s).toList(),
                number(item, "areaCenti"), item.get("choices").l().stream().map(AttributeValue::s).toList(),
                Instant.parse(text(item, "castAt")), text(item, "receiptHash"));
    }

    @Override
    public boolean counted(String electionId, String receiptHash) {
        Map<String, AttributeValue> item = get(VotesTable.receipt(receiptHash));
        return !Attributes.isEmpty(item) && electionId.equals(text(item, "electionId"));
    }
}
