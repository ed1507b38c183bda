package cloud.citizen.votes.store;

import static cloud.citizen.platform.aws.Attributes.n;
import static cloud.citizen.platform.aws.Attributes.number;
import static cloud.citizen.platform.aws.Attributes.s;
import static cloud.citizen.platform.aws.Attributes.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import cloud.citizen.votes.domain.OwnedUnit;
import cloud.citizen.votes.domain.Unit;

/**
 * Ownership items ({@code USER#{userId} / UNIT#{c}#{unitId}}) carry a copy of their unit's building,
 * number and area, so that "my units" is one query. The copy is written in the same transaction
 * as whatever sets the unit's details or owners, under a condition that the other side is as it
 * was read (see {@link DynamoRoster#bindOwner} and {@link UnitUpload}). Items written before the
 * copy existed have none: {@link #owned} says so and the reader falls back to the unit item.
 */
final class OwnershipItems {
    static final String DETAILS = "building = :b AND #number = :no AND areaCenti = :a";

    private OwnershipItems() {
    }

    static Map<String, AttributeValue> item(String userId, Unit unit) {
        Map<String, AttributeValue> item = new HashMap<>(VotesTable.ownership(userId, unit.communityId(), unit.unitId()));
        item.put("communityId", s(unit.communityId()));
        item.put("unitId", s(unit.unitId()));
        item.put("building", s(unit.building()));
        item.put("number", s(unit.number()));
        item.put("areaCenti", n(unit.areaCenti()));
        return item;
    }

    /** Sets an existing owner's copy to the unit's new details. */
    static TransactWriteItem copyUpdate(String table, String userId, Unit unit) {
        return TransactWriteItem.builder().update(u -> u.tableName(table)
                .key(VotesTable.ownership(userId, unit.communityId(), unit.unitId()))
                .updateExpression("SET building = :b, #number = :no, areaCenti = :a")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(Map.of("#number", "number"))
                .expressionAttributeValues(detailValues(unit))).build();
    }

    /** {@code :b}, {@code :no}, {@code :a}: the values {@link #DETAILS} compares with. */
    static Map<String, AttributeValue> detailValues(Unit unit) {
        return Map.of(":b", s(unit.building()), ":no", s(unit.number()), ":a", n(unit.areaCenti()));
    }

    /** The unit as the item's copy shows it; empty for an item written before copies were kept. */
    static Optional<OwnedUnit> owned(Map<String, AttributeValue> item) {
        if (!item.containsKey("building")) {
            return Optional.empty();
        }
        return Optional.of(new OwnedUnit(text(item, "communityId"), text(item, "unitId"), text(item, "building"),
                text(item, "number"), number(item, "areaCenti")));
    }
}
