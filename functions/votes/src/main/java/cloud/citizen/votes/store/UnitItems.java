package cloud.citizen.votes.store;

import static cloud.citizen.platform.aws.Attributes.number;
import static cloud.citizen.platform.aws.Attributes.text;

import java.util.Map;
import java.util.Set;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import cloud.citizen.votes.domain.Unit;

/** Unit items of the roster (key design in VotesTable). */
final class UnitItems {
    private UnitItems() {
    }

    static Unit unit(Map<String, AttributeValue> item) {
        AttributeValue owners = item.get("owners");
        AttributeValue developer = item.get("developerHeld");
        return new Unit(text(item, "communityId"), text(item, "unitId"), text(item, "building"), text(item, "number"),
                number(item, "areaCenti"), developer != null && Boolean.TRUE.equals(developer.bool()),
                owners == null || !owners.hasSs() ? Set.of() : Set.copyOf(owners.ss()));
    }
}
