package cloud.citizen.accounts.store;

import static cloud.citizen.platform.aws.Attributes.key;
import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;
import static cloud.citizen.platform.aws.TransactionFailures.conditionFailed;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import cloud.citizen.platform.aws.QueryPages;
import cloud.citizen.accounts.domain.OwnedUnit;
import cloud.citizen.accounts.domain.UnitOwnershipChange;
import cloud.citizen.accounts.service.OwnedUnitsStore;

/**
 * The citizens' units (see {@link AccountsTable}: {@code USER#{userId} / UNIT#{communityId}#{unitId}}
 * and the {@code UNITEVENT#{eventId}} markers). Each change is one transaction: the event's marker
 * (absent, or it is a redelivery) and the unit item (older than the change, or the change is stale).
 */
public class DynamoOwnedUnits implements OwnedUnitsStore {
    /** Longer than UnitOwnershipQueue keeps a message (4 days), so no redelivery outlives its marker. */
    static final Duration MEMORY = Duration.ofDays(14);

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    public DynamoOwnedUnits(DynamoDbClient dynamo, AccountsTable table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table.name();
        this.clock = clock;
    }

    @Override
    public Outcome apply(UnitOwnershipChange change) {
        long forgetAt = clock.instant().plus(MEMORY).getEpochSecond();
        Map<String, AttributeValue> marker = new HashMap<>(key("UNITEVENT#" + change.eventId(), "UNITEVENT"));
        marker.put("ttl", n(forgetAt));
        try {
            dynamo.transactWriteItems(tx -> tx.transactItems(
                    TransactWriteItem.builder().put(p -> p.tableName(table).item(marker)
                            .conditionExpression("attribute_not_exists(pk)")).build(),
                    unitWrite(change, forgetAt)));
            return Outcome.APPLIED;
        } catch (TransactionCanceledException e) {
            if (conditionFailed(e, 0)) {
                return Outcome.DUPLICATE;
            }
            if (conditionFailed(e, 1)) {
                return Outcome.STALE;
            }
            throw e;
        }
    }

    /**
     * A binding replaces the whole unit item (dropping an earlier tombstone); a removal leaves a
     * tombstone that expires after {@link #MEMORY}. Ties go to the removal: of a bind and a removal
     * stamped with the same instant, the unit ends up removed whichever arrives first.
     */
    private TransactWriteItem unitWrite(UnitOwnershipChange change, long forgetAt) {
        Map<String, AttributeValue> item = new HashMap<>(unitKey(change.userId(), change.communityId(), change.unitId()));
        item.put("communityId", s(change.communityId()));
        item.put("unitId", s(change.unitId()));
        item.put("changedAt", n(change.occurredAt().toEpochMilli()));
        String olderOnly;
        if (change instanceof UnitOwnershipChange.Bound bound) {
            item.put("building", s(bound.unit().building()));
            item.put("number", s(bound.unit().number()));
            item.put("areaM2", s(bound.unit().areaM2().toPlainString()));
            olderOnly = "attribute_not_exists(pk) OR changedAt < :at";
        } else {
            item.put("removed", AttributeValue.fromBool(true));
            item.put("ttl", n(forgetAt));
            olderOnly = "attribute_not_exists(pk) OR changedAt <= :at";
        }
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item).conditionExpression(olderOnly)
                .expressionAttributeValues(Map.of(":at", n(change.occurredAt().toEpochMilli())))).build();
    }

    @Override
    public List<OwnedUnit> unitsOf(String userId) {
        return QueryPages.items(dynamo, QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :unit)")
                .expressionAttributeValues(Map.of(":pk", s("USER#" + userId), ":unit", s("UNIT#"))).build())
                .stream().filter(item -> !item.containsKey("removed")).map(DynamoOwnedUnits::fromItem).toList();
    }

    private static OwnedUnit fromItem(Map<String, AttributeValue> item) {
        return new OwnedUnit(text(item, "communityId"), text(item, "unitId"), text(item, "building"),
                text(item, "number"), new BigDecimal(text(item, "areaM2")));
    }

    private static Map<String, AttributeValue> unitKey(String userId, String communityId, String unitId) {
        return key("USER#" + userId, "UNIT#" + communityId + "#" + unitId);
    }
}
