package cloud.citizen.votes.domain;

import java.util.Set;

/** One exclusive unit (flat, shop) of a community's roster, with the owners bound to it. */
public record Unit(String communityId, String unitId, String building, String number, long areaCenti,
        boolean developerHeld, Set<String> owners) {

    public Unit {
        owners = Set.copyOf(owners);
    }
}
